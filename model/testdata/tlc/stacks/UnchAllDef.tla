---- MODULE UnchAllDef ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
VARIABLE y
Init == x = <<1>> /\ y = 0
vars == <<x, y>>
Next == y' = 1 /\ x' = [a |-> 1] /\ UNCHANGED vars
====
