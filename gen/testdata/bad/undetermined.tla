---- MODULE undetermined ----
\* want: undetermined.tla:8:1: action A does not say what refs' is (add UNCHANGED refs)
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Uninitialized" /\ refs = 0
\* @trigger Startup
A == phase' = "Active"
====
