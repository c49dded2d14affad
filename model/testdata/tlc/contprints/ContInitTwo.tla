---- MODULE ContInitTwo ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 1, 2} /\ PrintT(<<"init", x>>)
Next == x < 4 /\ PrintT(<<"next", x>>) /\ x' = x + 2
Inv == PrintT(<<"inv", x>>) /\ x # 1
Inv2 == PrintT(<<"inv2", x>>) /\ x # 1 /\ x # 4
====
