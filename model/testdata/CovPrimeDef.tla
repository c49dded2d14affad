---- MODULE CovPrimeDef ----
\* big' primes a definition: TLC lists the primed expression, its range
\* with the prime, and under it the definition's name, without it.
EXTENDS Naturals
VARIABLES x, y
big == \A i \in 1..2 : x > i
Init == x = 0 /\ y = FALSE
Next == x < 3 /\ x' = x + 1 /\ y' \in {FALSE, big'}
====
