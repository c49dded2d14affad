---- MODULE LetQ ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
A(p) == LET d == p * 2 IN x' = (x + d) % 7
B(p, q) == \E z \in {q, q + 1} : A(z)
C(w) == x' = w % 7
Next == \/ \E p \in {1, 2} : B(p, p + 1)
        \/ \E p \in {3} : LET y == p + 1 IN \E z \in {y} : A(z)
====
