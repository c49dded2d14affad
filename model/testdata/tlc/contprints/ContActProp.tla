---- MODULE ContActProp ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 5 /\ PrintT(<<"next", x>>) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>) /\ x # 1 /\ x # 3
Act == [][x' # 4]_x
====
