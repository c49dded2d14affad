---- MODULE ContDeadlock ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 4 /\ PrintT(<<"next", x>>) /\ x' = x + 1
Inv == PrintT(<<"inv", x>>) /\ x # 2
====
