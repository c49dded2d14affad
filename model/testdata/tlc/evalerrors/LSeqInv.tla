---- MODULE LSeqInv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1>>
Next == x' = x
Inv == x \in Seq(3)
====
