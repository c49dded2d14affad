---- MODULE CovPair ----
\* A record field and an EXCEPT update are SANY's $Pair nodes, which
\* count nothing: r's field b |-> FALSE is listed from b (its subtree
\* counts one number), a |-> IF ... lists the IF in its place; the first
\* update of f is listed from its !, the second's Dbl(x) and [c |-> x] in its
\* place, Dbl's body counting differently.
EXTENDS Naturals
VARIABLES x, r, f
Dbl(n) == IF n > 1 THEN 2 * n ELSE 0
Init == x = 0 /\ r = [a |-> 0, b |-> TRUE] /\ f = [i \in 0..6 |-> [c |-> 0]]
Next == /\ x < 3
        /\ x' = x + 1
        /\ r' = [a |-> IF x > 1 THEN x ELSE 0, b |-> FALSE]
        /\ f' = [f EXCEPT ![x].c = 1, ![Dbl(x)] = [c |-> x]]
====
