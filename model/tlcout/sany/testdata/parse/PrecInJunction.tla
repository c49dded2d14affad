---- MODULE PrecInJunction ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == /\ x = 0
        /\ x \in {0} \in {{0}}
Next == x' = x
====
