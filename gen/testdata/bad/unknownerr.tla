---- MODULE unknownerr ----
\* want: unknownerr.tla:7:1: @trigger: unknown error=Oops
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Uninitialized" /\ refs = 0
\* @trigger Cleanup error=Oops
A == UNCHANGED <<phase, refs>>
====
