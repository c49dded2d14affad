---- MODULE RcdFilterBig ----
\* Filters of a record set of 1101^2 records, which TLC walks one at a time.
EXTENDS Naturals, TLC, FiniteSets
C == [black : 0..1100, white : 0..1100]
ASSUME PrintT({c \in C : c.black + c.white = 2})
ASSUME PrintT(Cardinality({c \in C : c.black + c.white \in 1..1100}))
====
