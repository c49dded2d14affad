---- MODULE LzTwoOutAct ----
EXTENDS Naturals, TLC
VARIABLE v
H(n) == [x \in 0..2, y \in 0..1 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Next == H(v)[7, 0] = 0 /\ v' = v
====
