---- MODULE UnchPartTuple ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
VARIABLE y
Init == x = <<1>> /\ y = 0
Next == x' = [a |-> 1] /\ UNCHANGED <<x, y>>
====
