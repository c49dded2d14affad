---- MODULE DomInt ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ (DOMAIN 3 = {})
====
