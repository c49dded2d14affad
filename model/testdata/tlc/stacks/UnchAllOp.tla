---- MODULE UnchAllOp ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
VARIABLE y
Init == x = <<1>> /\ y = 0
N2 == UNCHANGED <<x, y>>
Next == y' = 1 /\ x' = [a |-> 1] /\ N2
====
