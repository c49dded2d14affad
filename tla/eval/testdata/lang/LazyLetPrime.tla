---- MODULE LazyLetPrime ----
\* The primed variable on the left of = is found through a LET (TLC's
\* getPrimedVar), in Next and inside ENABLED: x runs 0, 1, 2, and the
\* invariant holds (some x' equals 5). TLC: 3 distinct, 3 generated.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ (LET y == x' IN y) = x + 1
Inv == ENABLED ((LET y == x' IN y) = 5)
====
