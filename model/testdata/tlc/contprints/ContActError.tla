---- MODULE ContActError ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 6 /\ PrintT(<<"next", x>>) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>) /\ x # 1
Act == [][IF x = 2 THEN 1 \in "a" ELSE TRUE]_x
====
