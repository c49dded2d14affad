---- MODULE LTupNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1, Nat>>
Next == x' = x
====
