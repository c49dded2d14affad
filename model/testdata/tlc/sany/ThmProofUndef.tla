---- MODULE ThmProofUndef ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
THEOREM T == 1 = 1
PROOF BY Undef
====
