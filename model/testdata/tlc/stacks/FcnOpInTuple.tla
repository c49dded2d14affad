---- MODULE FcnOpInTuple ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
R(s) == [i \in 1..2 |-> s[i]]
Init == x = 0 /\ PrintT(<<R("abc")>>)
Next == UNCHANGED x
====
