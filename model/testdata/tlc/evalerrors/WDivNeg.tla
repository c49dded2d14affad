---- MODULE WDivNeg ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<(-7) \div 2, (-7) % 2>>
Next == x' = x
Inv == x[1] > 0
====
