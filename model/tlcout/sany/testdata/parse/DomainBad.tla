---- MODULE DomainBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = DOMAIN
Next == x' = x
====
