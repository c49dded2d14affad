---- MODULE CRandNat ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = RandomElement(Nat)
Next == x' = x
====
