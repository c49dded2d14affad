---- MODULE CupSubTup ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in (SUBSET {1}) \cup {<<1>>, <<2>>}
Next == UNCHANGED x
====
