---- MODULE NoValEval ----
\* The unbounded CHOOSE is evaluated (no cfg replacement): TLC's error.
EXTENDS Naturals
NoVal == CHOOSE v : v \notin {1}
VARIABLE x
Init == x = NoVal
Next == x' = x
====
