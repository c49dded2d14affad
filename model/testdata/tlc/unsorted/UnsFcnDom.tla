---- MODULE UnsFcnDom ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = [y \in U |-> 0]
Next == UNCHANGED x
====
