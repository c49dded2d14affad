---- MODULE InitDefDef ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init2 == x = <<>>[1]
Init == Init2
Next == UNCHANGED x
====
