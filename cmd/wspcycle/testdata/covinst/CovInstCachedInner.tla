---- MODULE CovInstCachedInner ----
\* The module CovInstCached instantiates.
EXTENDS Naturals
CONSTANT N
VARIABLES a
Init == a = 0
Next == a < N /\ a' = a + 1
Inv == a \in 0..N /\ N > 0 /\ N < 10 /\ a <= a
====
