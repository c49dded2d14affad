---- MODULE ContLive ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 4 /\ PrintT(<<"next", x>>) /\ x' = x + 1
Spec == Init /\ [][Next]_x
Inv == PrintT(<<"inv", x>>) /\ x # 1 /\ x # 3
Live == <>(x = 10)
====
