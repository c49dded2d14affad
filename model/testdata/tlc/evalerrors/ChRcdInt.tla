---- MODULE ChRcdInt ----
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = x + 1
Inv == (CHOOSE r \in [e : Int] : TRUE) = 1
====
