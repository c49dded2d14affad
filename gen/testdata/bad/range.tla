---- MODULE range ----
\* want: range.tla:10:1: action Down takes refs from 0 to -1 in phase Active
\* @fsm phase=phase counter=refs
VARIABLES phase, refs
CONSTANT Max

Init == phase = "Active" /\ refs = 0

\* @trigger Cleanup
Down ==
    /\ phase = "Active"
    /\ refs' = refs - 1
    /\ UNCHANGED phase
\* @trigger Startup
Up ==
    /\ phase = "Active"
    /\ refs < Max
    /\ refs' = refs + 1
    /\ UNCHANGED phase
====
