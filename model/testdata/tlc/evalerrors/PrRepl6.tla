---- MODULE PrRepl6 ----
\* Z <- Over, Over failing: TLC refuses the substitution.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == PrintT(1 \div 0)
Init == x = 0
Next == x' = x
====
