---- MODULE overlap ----
\* want: overlap.tla:16:1: guards of A (overlap.tla:10:1) and B both hold for Startup in phase Active at refs=2 M=2
CONSTANT M
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
A ==
    /\ phase = "Active"
    /\ refs < M + 1
    /\ refs' = refs + 1
    /\ UNCHANGED phase
\* @trigger Startup
B ==
    /\ phase = "Active"
    /\ refs >= 2
    /\ UNCHANGED <<phase, refs>>
====
