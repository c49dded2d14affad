---- MODULE CovSetSet ----
\* Sets built inside a set ({a1} and {a1, a2} in MCQQ, which replaces QQ)
\* keep their constructor's node: enumerating one later, through a name
\* bound to it (Q of \E Q \in QQ, then \A a \in Q; S of P(Q)), costs
\* there: each element fetched and the end.
EXTENDS Naturals
CONSTANT a1, a2, QQ
VARIABLE x
MCQQ == {{a1}, {a1, a2}}
P(S) == \A a \in S : a # x
Init == x = 0
Next == /\ x < 2
        /\ \E Q \in QQ : /\ \A a \in Q : a = a
                         /\ x' = x + 1
Inv == \A Q \in QQ : P(Q)
====
