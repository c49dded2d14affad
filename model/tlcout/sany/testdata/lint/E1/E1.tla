---- MODULE E1 ----
EXTENDS E3, Naturals
zz == 1
INSTANCE E2 WITH c <- 1
t == [zz |-> 2]
u == [yy |-> 3, d |-> 4]
RECURSIVE Rec(_)
Rec(n) == IF n = 0 THEN 0 ELSE Rec(n - 1)
v == [Rec |-> 1, t3 |-> 2]
====
