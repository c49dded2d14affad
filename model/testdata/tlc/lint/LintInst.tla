---- MODULE LintInst ----
CONSTANT k
kk == k
R == [kk |-> 1]
R2 == [R : {2}]
====
