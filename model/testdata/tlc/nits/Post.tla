---- MODULE Post ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Cycle == x' = (x + 1) % 3
Bad == IF x < 2 THEN x' = x + 1 ELSE x' = CHOOSE y \in {} : TRUE
Inv == x < 2
Live == <>(x = 5)
PostF == PrintT(<<"post", TLCGet("stats").distinct>>) /\ FALSE
PostT == PrintT(<<"post", TLCGet("stats").distinct>>)
Inv0 == x > 0
Small == x < 5
PostState == x = x
PostLazy == FALSE /\ x = 0
PostDef == Small
====
