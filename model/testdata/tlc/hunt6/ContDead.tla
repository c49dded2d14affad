---- MODULE ContDead ----
EXTENDS Naturals, TLC
CONSTANT First
VARIABLE x
Init == x = 0 /\ PrintT("init")
Good == x < 3 /\ x' = x + 1
Bad == PrintT(<<"bad", x>>) /\ (IF x = 2 THEN 1 \in "a" ELSE TRUE) /\ x < 3 /\ x' = x + 1
Boom == PrintT(<<"boom", x>>) /\ Assert(x # 2, "boom") /\ x < 3 /\ x' = x + 1
Next == IF First THEN Good \/ Bad ELSE Bad \/ Good
NextA == Boom
====
