---- MODULE UnchAllOr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
VARIABLE y
Init == x = <<1>> /\ y = 0
Next == y' = 1 /\ x' = [a |-> 1] /\ (UNCHANGED <<x, y>> \/ FALSE)
====
