---- MODULE CupIntTup ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in (1..2 \cup {<<1,1>>})
Next == UNCHANGED x
====
