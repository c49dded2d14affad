---- MODULE GenExists ----
EXTENDS Naturals, Sequences
VARIABLE x, log
Init == x = 0 /\ log = <<>>
A == x < 100 /\ \E s \in {"a", "b", "c", "d"} : log' = Append(log, s) /\ x' = x + 1
B == x < 100 /\ \E d \in 1..3, e \in {5, 7} : x' = x + d * e /\ log' = log
C == x < 100 /\ x' \in {x + 2, x + 4, x + 6} /\ log' = log
Next == A \/ B \/ C
Inv == x < 40
====
