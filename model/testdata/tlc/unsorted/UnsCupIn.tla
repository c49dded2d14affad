---- MODULE UnsCupIn ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in U \cup {3}
Next == UNCHANGED x
====
