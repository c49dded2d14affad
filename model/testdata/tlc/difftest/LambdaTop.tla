---- MODULE LambdaTop ----
\* SANY allows LAMBDA only as an operator's argument or a substitution's
\* value: as a definition's body it is a parse error (wspcycle checked it).
EXTENDS Naturals
Ap(F(_), v) == F(v)
Inc == LAMBDA v : v + 1
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = Ap(LAMBDA v : v + 1, x)
====
