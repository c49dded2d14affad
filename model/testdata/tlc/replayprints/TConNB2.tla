---- MODULE TConNB2 ----
\* The same, the print inside the failing branch.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == PrintT(<<"a", x>>) /\ x' = x + 1
B == PrintT(<<"b", x>>) /\ x' = x + 10
Next == A \/ B
P == IF x = 1 THEN PrintT("q") /\ 1 ELSE TRUE
====
