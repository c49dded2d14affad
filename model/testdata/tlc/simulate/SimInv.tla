---- MODULE SimInv ----
EXTENDS Integers
VARIABLES x
Init == x \in {0, 1}
Next == x' \in {x + 1, x - 1, x + 2}
Inv == x < 6
====
