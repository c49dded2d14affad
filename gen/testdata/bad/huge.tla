---- MODULE huge ----
\* want: huge.tla:9:1: the control fragment's integers are too large to prove its guards exclusive
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
Up ==
    /\ phase = "Active"
    /\ refs < 100000
    /\ refs' = refs + 1
    /\ UNCHANGED phase
====
