---- MODULE CovFcnStore ----
\* A function constructor whose value a state holds inside another value
\* costs its elements once per evaluation, when the state is stored (TLC
\* turns its FcnLambdaValue into a table as it fingerprints the state):
\* the inner constructors of Init's c, M's constructor applied in an
\* EXCEPT, and one in a tuple. A constant constructor counts its domain
\* at each evaluation.
EXTENDS Naturals
S == {1, 2, 3}
M(n, l) == [m \in DOMAIN l |-> IF m = n THEN l[m] + 1 ELSE l[m]]
VARIABLES c, d
Init == /\ c = [n \in S |-> IF n = 1 THEN [m \in S |-> IF m = 1 THEN 1 ELSE 0] ELSE [m \in S |-> 0]]
        /\ d = <<>>
Next == \E n \in S : /\ c[n][n] < 2
                     /\ c' = [c EXCEPT ![n] = M(n, @)]
                     /\ d' = <<[i \in {1, 2} |-> c[i][n]]>>
====
