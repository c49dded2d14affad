---- MODULE ContNextError ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ PrintT("init")
Next == x < 6 /\ PrintT(<<"next", x>>) /\ (IF x = 2 THEN 1 \in "a" ELSE TRUE) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>)
====
