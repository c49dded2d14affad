---- MODULE ArgAction ----
EXTENDS Naturals, TLC
VARIABLE x
Q(a) == a = 1 /\ \A i \in 1..2 : a + i > 0
RECURSIVE R(_, _)
R(n, a) == IF n = 0 THEN a ELSE a + R(n - 1, a)
L(F(_)) == F(1) + F(2)
Init == x = 0
Next == /\ Q(IF PrintT(<<"q", x>>) THEN 1 ELSE 0)
        /\ x' = (x + R(1, IF PrintT(<<"r", x>>) THEN 1 ELSE 0) + L(LAMBDA z : IF PrintT(<<"l", z>>) THEN z ELSE 0)) % 3
====
