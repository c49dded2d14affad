---- MODULE InstBase ----
EXTENDS Naturals
CONSTANT Max
VARIABLES a, b
Init == a = 0 /\ b = 0
IncA == a < Max /\ a' = a + 1 /\ UNCHANGED b
IncB == b < a /\ b' = b + 1 /\ UNCHANGED a
Next == IncA \/ IncB \/ (a = Max /\ a' = 0 /\ b' = 0)
Spec == Init /\ [][Next]_<<a, b>>
====
