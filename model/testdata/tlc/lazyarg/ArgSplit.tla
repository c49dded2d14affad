---- MODULE ArgSplit ----
EXTENDS Naturals, TLC
VARIABLE x
A(v) == x' = (x + v + v) % 3
B(u, w) == x' = (x + u) % 3
C(v) == x' = (v + v) % 3
Init == x = 0
Next == \/ A(IF PrintT("a") THEN 1 ELSE 0)
        \/ B(IF PrintT("u") THEN 2 ELSE 0, IF PrintT("w") THEN 1 ELSE 0)
        \/ C(IF PrintT(<<"c", x>>) THEN x + 1 ELSE 0)
====
