---- MODULE TActB ----
\* Two actions: the replay checks each successor as Next yields it, up to the failing one.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == PrintT(<<"a", x>>) /\ x' = x + 1
B == PrintT(<<"b", x>>) /\ x' = x + 10
Next == A \/ B
P == PrintT(<<"p", x, x'>>) /\ (x' # 10 \/ 1)
====
