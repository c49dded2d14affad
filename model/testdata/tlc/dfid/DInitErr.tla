---- MODULE DInitErr ----
\* Init cannot be evaluated: TLC's exception "computing initial states", its replay fails again.
EXTENDS Naturals
VARIABLES x
Init == x = 1 \div 0
Next == x' = x
====
