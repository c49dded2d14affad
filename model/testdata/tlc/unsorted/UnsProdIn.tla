---- MODULE UnsProdIn ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in U \X {1}
Next == UNCHANGED x
====
