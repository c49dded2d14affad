---- MODULE UnchFirst ----
EXTENDS Naturals
VARIABLE x, y
Init == x = <<1>> /\ y = 0
Next == UNCHANGED <<y, x>> /\ x' = [a |-> 1]
====
