---- MODULE TConNB ----
\* A CONSTRAINT that is not a boolean on a successor: the replay prints, with an empty stack.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == PrintT(<<"a", x>>) /\ x' = x + 1
B == PrintT(<<"b", x>>) /\ x' = x + 10
Next == A \/ B
P == PrintT(<<"p", x>>) /\ IF x = 1 THEN 1 ELSE TRUE
====
