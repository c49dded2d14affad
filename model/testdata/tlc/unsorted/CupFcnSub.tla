---- MODULE CupFcnSub ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in [{1} -> 1..2] \cup SUBSET {1}
Next == UNCHANGED x
====
