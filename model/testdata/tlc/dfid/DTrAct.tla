---- MODULE DTrAct ----
\* Trace in an action property: fails from the second level on.
EXTENDS Naturals, TLCExt, Sequences, TLC
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
P == [][Len(Trace) < 5]_x
====
