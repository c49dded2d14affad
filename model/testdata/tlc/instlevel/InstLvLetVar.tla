---- MODULE InstLvLetVar ----
EXTENDS Naturals, InstLvLetM
VARIABLE i
ASSUME Twice(1) = 2 /\ (LET F(j) == j IN F(1)) = i
Init == i = 0
Next == UNCHANGED i
====
