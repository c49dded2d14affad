---- MODULE WTupField ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = <<1, 2>>.a
====
