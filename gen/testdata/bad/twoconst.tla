---- MODULE twoconst ----
\* want: twoconst.tla:12:19: the control fragment uses constants A and B
\* @fsm phase=phase counter=refs
VARIABLES phase, refs
CONSTANTS A, B

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
Up ==
    /\ phase = "Active"
    /\ refs < A + B
    /\ refs' = refs + 1
    /\ UNCHANGED phase
====
