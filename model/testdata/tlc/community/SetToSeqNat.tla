---- MODULE SetToSeqNat ----
EXTENDS Naturals, TLC, SequencesExt
VARIABLE x
Init == x = 0 /\ SetToSeq(Nat) = <<>>
Next == UNCHANGED x
====
