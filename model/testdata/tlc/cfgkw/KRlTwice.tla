---- MODULE KRlTwice ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
R == x
P == PrintT("periodic")
PC1 == TLCGet("stats").distinct = 3
PC2 == TRUE
T == x \in Nat
====
