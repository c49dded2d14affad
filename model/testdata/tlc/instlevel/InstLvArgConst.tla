---- MODULE InstLvArgConst ----
EXTENDS Naturals
VARIABLE v
M(p) == INSTANCE InstLvInner WITH K <- p, F <- LAMBDA a : a * 2, x <- v
Init == v = 0
Next == \E k \in 1..2 : v' = (v + M(k)!Val) % 3
Ok == M(1)!Val = v + 1 /\ M(2)!App(3) = 8
Bad == M(2)!Val # 4
====
