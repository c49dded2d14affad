---- MODULE LevelLambda ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
App(Op(_), v) == Op(v)
P == []<>(x = 0) /\ App(LAMBDA a : TRUE, x' = 1)
====
