---- MODULE VAppLam1 ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = [p \in {<<1,2>>} |-> 0][3]
====
