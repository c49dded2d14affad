---- MODULE WDivInit ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 1 \div 0
Next == x' = x
====
