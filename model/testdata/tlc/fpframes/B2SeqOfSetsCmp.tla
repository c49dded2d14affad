---- MODULE B2SeqOfSetsCmp ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0 /\ PrintT(<<{1}>> = <<{"a"}>>)
Next == UNCHANGED x
====
