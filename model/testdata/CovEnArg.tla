---- MODULE CovEnArg ----
\* An operator's argument inside ENABLED is counted once per application
\* (TLC's enabledAppl binds it to a LazyValue), however often the body
\* reads it: A's n, read twice, counts 1 + 0 and n + 1 once per ENABLED.
EXTENDS Naturals
VARIABLES x
A(n) == /\ x + n < 5
        /\ x' = x + n
Init == x = 0
Next == \/ \E n \in 1..2 : A(n)
        \/ x = 4 /\ x' = x
Inv == \/ ENABLED A(1 + 0)
       \/ x >= 3
Inv2 == \A n \in 1..2 : ENABLED A(n + 1) \/ x > 1
====
