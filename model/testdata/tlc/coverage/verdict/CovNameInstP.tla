---- MODULE CovNameInstP ----
\* CovNameInst through a parameterised instance J(v)!G(v) and a LET
\* instance.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
J(v) == INSTANCE CovNameIM WITH y <- v
Next == x < 2 /\ J(x)!G(x)[x + 1] >= 0 /\ (LET L == INSTANCE CovNameIM WITH y <- x IN L!F[x + 1]) >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 4
====
