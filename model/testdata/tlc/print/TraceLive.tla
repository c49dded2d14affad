---- MODULE TraceLive ----
\* Prop fails on the lasso x = 0, 1, 2, 3, back to 0 (by B).
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10} /\ PrintT(<<"init", x>>)
A == x < 3 /\ x' = x + 1 /\ PrintT(<<"A", x, x'>>)
B == PrintT(<<"B", x>>) /\ ((x = 3 /\ x' = 0) \/ (x = 10 /\ x' = 10))
Next == B \/ A
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 5)
====
