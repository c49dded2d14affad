---- MODULE SimPrints ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ PrintT("init")
Next == x' = x + 1 /\ PrintT(<<"next", x>>)
Inv == PrintT(<<"inv", x>>) /\ x < 2
Prop == [][PrintT(<<"prop", x, x'>>) /\ x' > x]_x
====
