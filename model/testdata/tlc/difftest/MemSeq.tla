---- MODULE MemSeq ----
\* A record is not a sequence: TLC's x \in Seq(Nat) is an error on it,
\* not FALSE (the disjunction would otherwise hold, and the search go on).
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<1, 2>>
Next == \/ x = <<1, 2>> /\ x' = [a |-> 1]
        \/ x = [a |-> 1] /\ x' = <<>>
Inv == x \in Seq(Nat) \/ x \in [a : Nat]
====
