---- MODULE RecConstAction ----
\* A constant-level definition that applies a RECURSIVE operator, used as a
\* conjunct of an action: TLC evaluates it once, before the search, so the
\* action meets a value (one successor), not an \E to expand (one successor
\* per witness).
EXTENDS Naturals
RECURSIVE Depth(_)
Depth(n) == IF n = 0 THEN 0 ELSE 1 + Depth(n - 1)
Some == \E i \in 1..3 : Depth(i) > 0
VARIABLE x
Init == x = 0
Next == Some /\ x' = (x + 1) % 2
====
