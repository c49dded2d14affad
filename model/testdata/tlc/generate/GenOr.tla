---- MODULE GenOr ----
\* One action (a conjunction) whose disjunction TLC's -generate resolves
\* with one draw: from a random disjunct by a random prime stride.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCGet("config").mode = "generate"
Init == x = 0
Next == x \in Nat /\ (x' = x + 1 \/ x' = x + 2 \/ x' = x + 3)
Inv == x < 7
====
