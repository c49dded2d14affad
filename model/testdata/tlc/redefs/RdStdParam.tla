---- MODULE RdStdParam ----
EXTENDS Naturals
P(_ + _, a, b) == a + b
VARIABLE x
Init == x = P(LAMBDA a, b : a * b, 2, 5)
Next == UNCHANGED x
Inv == x = 10
====
