---- MODULE FcnDomainOp ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
R(s) == [i \in 1..Len(s) |-> s[i]]
Init == x = 0 /\ R(3) = 1
Next == UNCHANGED x
====
