---- MODULE UnsFiltIn ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in {y \in U : TRUE}
Next == UNCHANGED x
====
