---- MODULE ContPrints ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ PrintT("init")
Next == x < 6 /\ PrintT(<<"next", x>>) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>) /\ x # 2 /\ x # 4
Inv2 == x # 5
====
