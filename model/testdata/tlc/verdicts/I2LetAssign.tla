---- MODULE I2LetAssign ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a
Init == a = 0
Next == LET v == a IN a < 2 /\ v' = v + 1
Inv == a <= 2
====
