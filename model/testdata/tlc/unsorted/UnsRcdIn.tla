---- MODULE UnsRcdIn ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in [a : U, b : {1}]
Next == UNCHANGED x
====
