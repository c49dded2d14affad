---- MODULE YTupInv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1, 2>>
Next == x' = x
Inv == x[3] = 0
====
