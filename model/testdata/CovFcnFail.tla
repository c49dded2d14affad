---- MODULE CovFcnFail ----
\* A function constructor an assignment gives a variable inside its value
\* costs its elements at the assignment, also when the action then fails
\* (the disjunction after it): TLC turns it into a table there.
EXTENDS Naturals
S == {1, 2, 3}
Merge(n, r, l) == [m \in DOMAIN l |-> IF m = n THEN l[m] + 1 ELSE r[m]]
VARIABLES c, b
Init == c = [n \in S |-> [m \in S |-> 0]] /\ b = 0
Next == \E n \in S : /\ c[n][n] < 2
                     /\ c' = [c EXCEPT ![n] = Merge(n, c[1], @)]
                     /\ \/ b = 0
                        \/ n = 2
                     /\ b' = 1 - b
====
