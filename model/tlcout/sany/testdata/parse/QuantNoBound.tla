---- MODULE QuantNoBound ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == \A : x = 0
Next == x' = x
====
