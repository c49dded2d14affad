---- MODULE CovInstUse ----
\* Steps through a parameterised INSTANCE, labelled by TLC at their use.
EXTENDS Naturals
VARIABLE y
P(v) == INSTANCE CovInstUseM WITH x <- v
Init == y = 0
Next == \/ P(y)!Step(1)
        \/ LET R(w) == INSTANCE CovInstUseM WITH x <- w IN R(y)!Step(2)
Inv == y < 3
====
