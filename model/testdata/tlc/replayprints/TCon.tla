---- MODULE TCon ----
\* A CONSTRAINT failing on the first action's successor: the second action is not evaluated.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == PrintT(<<"a", x>>) /\ x' = x + 1
B == PrintT(<<"b", x>>) /\ x' = x + 10
Next == A \/ B
P == PrintT(<<"p", x>>) /\ (x # 1 \/ 1)
====
