---- MODULE farOverlap ----
\* want: farOverlap.tla:16:1: guards of A (farOverlap.tla:10:1) and B both hold for Startup in phase Active at refs=5 M=20
CONSTANT M
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
A ==
    /\ phase = "Active"
    /\ refs + refs + refs + refs = M
    /\ refs' = refs
    /\ UNCHANGED phase
\* @trigger Startup
B ==
    /\ phase = "Active"
    /\ refs = 5
    /\ UNCHANGED <<phase, refs>>
====
