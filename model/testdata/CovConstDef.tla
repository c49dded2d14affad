---- MODULE CovConstDef ----
\* Lim and Top are definitions whose value is a constant: TLC evaluates
\* them once, before the search, and lists their uses (Lim[1], Top) but
\* nothing of their bodies.
EXTENDS Naturals
VARIABLE x
Lim == [i \in 1..2 |-> 3 * i]
Top == CHOOSE n \in 1..9 : n * n > 10
Init == x = 0
Next == \/ x < Lim[1] /\ x' = x + 1
        \/ x = Lim[1] /\ x < Top /\ x' = 0
====
