---- MODULE LiSubOp ----
EXTENDS Naturals, TLC
VARIABLE v
S == INSTANCE LiS WITH T <- [x \in 0..2 |-> IF x = 0 THEN 1 ELSE 10 \div (x - x)], z <- [x \in 0..2 |-> IF x = 0 THEN v ELSE 10 \div (x - x)]
E == INSTANCE LiS WITH T <- 0, z <- [x \in 0..9 |-> TLCSet(1, TLCGet(1) + 1) /\ x = v]
ASSUME TLCSet(1, 0)

Init == v = 0
Next == v' = (S!Z(0) + 1) % 3
Inv == TLCGet(1) < 20
====
