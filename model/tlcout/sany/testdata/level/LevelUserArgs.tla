---- MODULE LevelUserArgs ----
VARIABLE x
Init == x = 0
Next == x' = 1
P == x = 1
---- MODULE LevelInner ----
CONSTANT c
VARIABLE y
CanStep(a) == ENABLED a
Step(a) == a'
====
F(a) == a'
G1 == F(x')
G2 == LET H(a) == ENABLED a IN H([]P)
I == INSTANCE LevelInner WITH c <- 0, y <- x
G3 == I!CanStep(<>P)
J(c) == INSTANCE LevelInner WITH y <- x
G4 == J(1)!CanStep(<>P)
G5 == J(2)!Step(x')
U(a) == UNCHANGED a
G6 == U(x')
====
