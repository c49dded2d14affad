---- MODULE LSeqNat ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ <<"a">> \in Seq(Nat)
Next == x' = x
====
