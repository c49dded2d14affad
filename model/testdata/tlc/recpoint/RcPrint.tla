---- MODULE RcPrint ----
\* A recursive function whose body prints: TLC prints at the point only.
EXTENDS Naturals, TLC
VARIABLE v
P[i \in Nat] == [u \in {1, 2} |-> IF i = 0 THEN PrintT(<<"p", u>>) ELSE P[i-1][u]]
Init == v = 0
Next == v' = 1 - v
Inv == P[1][1]
====
