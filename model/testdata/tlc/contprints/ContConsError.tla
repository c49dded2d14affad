---- MODULE ContConsError ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 6 /\ PrintT(<<"next", x>>) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>) /\ x # 1
Cons == IF x = 3 THEN 1 \in "a" ELSE TRUE
====
