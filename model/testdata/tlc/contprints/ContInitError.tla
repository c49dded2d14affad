---- MODULE ContInitError ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 1} /\ PrintT(<<"init", x>>)
Next == x < 3 /\ PrintT(<<"next", x>>) /\ x' = x + 2
Inv == PrintT(<<"inv", x>>) /\ (IF x = 1 THEN 1 \in "a" ELSE TRUE)
====
