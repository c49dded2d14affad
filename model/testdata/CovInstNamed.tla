---- MODULE CovInstNamed ----
\* A named INSTANCE (I == INSTANCE ...) without WITH: SANY locates its
\* implicit substitutions A <- A and v <- v at the whole definition, from
\* I (col 1), where TLC's report lists them; we listed them from INSTANCE.
EXTENDS Naturals
CONSTANT A
VARIABLE v
I == INSTANCE CovInstNamedInner
Init == v = [a \in A |-> 0]
Next == \E a \in A : /\ v[a] < 2
                     /\ v' = [v EXCEPT ![a] = @ + 1]
Inv == I!Inv
====
