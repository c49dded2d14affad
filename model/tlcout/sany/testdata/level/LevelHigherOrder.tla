---- MODULE LevelHigherOrder ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
App(Op(_), v) == Op(v)
Id(a) == TRUE
P == []<>(x = 0) /\ App(Id, x' = 1)
====
