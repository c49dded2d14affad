---- MODULE LSeqInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1>> /\ x \in Seq(3)
Next == x' = x
====
