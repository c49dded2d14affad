---- MODULE FNextSeq ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT(<<{1}, {"a"}>> = <<{1}, {2}>>)
====
