---- MODULE DView ----
\* A VIEW that forgets the counter c: states differing in c are one.
EXTENDS Naturals
VARIABLES x, c
Init == x = 0 /\ c = 0
Next == x' = (x + 1) % 4 /\ c' = c + 1
View == x
Inv == c < 6
====
