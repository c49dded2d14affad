---- MODULE UnsChooseFilt ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = CHOOSE y \in {z \in U : TRUE} : TRUE
Next == UNCHANGED x
====
