---- MODULE UnsCupFilt ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in {f \in [1..2->1..3] : f[1] = 1} \cup UNION {{<<1,1>>}, 1..4}
Next == UNCHANGED x
====
