---- MODULE param ----
\* want: param.tla:11:23: k is not the counter, its bound or a literal
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
Up(k) ==
    /\ phase = "Active"
    /\ refs' = refs + k
    /\ UNCHANGED phase
====
