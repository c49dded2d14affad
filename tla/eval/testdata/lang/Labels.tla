---- MODULE Labels ----
\* Labels name subexpressions; their value is the body's.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == step:: /\ x < 2
                /\ \E i \in {1} : upd(i):: x' = x + i
Inv == inv:: x \in 0..2
====
