---- MODULE CovOrigApp ----
\* A set filter that an assignment stores, written in place (b) or
\* built by the body of the definition an application names (a = Nb(1),
\* c = [n \in N |-> Nb(n)], Nb(n) == {m \in N : m # n}), keeps the
\* filter's node: each later enumeration of the stored value (Next's
\* \E i \in a, \E j \in b and \E k \in c[2]) costs there each element and
\* the end, as a set enumeration's value would.
EXTENDS Naturals
CONSTANT N
VARIABLES a, b, c, t
NVals == {1, 2, 3}
Nb(n) == {m \in N : m # n}
Init == /\ a = Nb(1)
        /\ b = {m \in N : m > 1}
        /\ c = [n \in N |-> Nb(n)]
        /\ t = 0
Step(i) == t' = IF t < 3 THEN t + 1 + 0 * i ELSE 0
Next == /\ \/ \E i \in a : Step(i)
           \/ \E j \in b : Step(j)
           \/ \E k \in c[2] : Step(k)
        /\ UNCHANGED <<a, b, c>>
====
