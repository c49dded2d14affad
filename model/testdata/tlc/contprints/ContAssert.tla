---- MODULE ContAssert ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 6 /\ PrintT(<<"next", x>>) /\ Assert(x # 3, "boom") /\ x' = x + 1
Inv == PrintT(<<"inv", x>>) /\ x # 1 /\ x # 2
====
