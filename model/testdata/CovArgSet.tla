---- MODULE CovArgSet ----
\* A set constructor passed to an operator (Min({e + 1 : e \in x})) keeps
\* its node, where each binder of the body that enumerates the parameter
\* costs what it fetched: CHOOSE up to the element it returns (1), the
\* \A that checks it each element and the end (3), per application.
EXTENDS Naturals
VARIABLES x
Min(S) == CHOOSE m \in S : \A y \in S : m <= y
Init == x = {1, 2}
Next == /\ Min({e + 1 : e \in x}) < 6
        /\ x' = {e + 1 : e \in x}
====
