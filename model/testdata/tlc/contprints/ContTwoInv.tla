---- MODULE ContTwoInv ----
EXTENDS Naturals, TLC
VARIABLE x, y
Init == x \in {0, 1} /\ y = 0 /\ PrintT(<<"init", x>>)
A == x < 3 /\ PrintT(<<"A", x, y>>) /\ x' = x + 1 /\ UNCHANGED y
B == y < 2 /\ PrintT(<<"B", x, y>>) /\ y' = y + 1 /\ UNCHANGED x
Next == A \/ B
Inv == PrintT(<<"inv", x, y>>) /\ x # 1
Inv2 == x + y # 3
====
