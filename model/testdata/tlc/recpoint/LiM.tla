---- MODULE LiM ----
EXTENDS Naturals, TLC
CONSTANT K
VARIABLE w
F == [x \in 0..2 |-> IF x = 0 THEN K ELSE 10 \div (x - x)]
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
W == [x \in 0..2 |-> IF x = 0 THEN w ELSE 10 \div (x - x)]
E(n) == [x \in 0..9 |-> TLCSet(1, TLCGet(1) + 1) /\ x = n]
P(n) == [x \in 0..2 |-> PrintT(<<"P", x>>) /\ x = n]
====
