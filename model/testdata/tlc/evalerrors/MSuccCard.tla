---- MODULE MSuccCard ----
\* An invariant failing on a successor with a standard module's error
\* (Cardinality of 1): TLC prints the cause with no range; exit 76.
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x = 0 \/ Cardinality(x) = 1
====
