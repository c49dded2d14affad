---- MODULE UnchDef ----
EXTENDS Naturals
VARIABLE x, y
vars == <<x, y>>
Init == x = <<1>> /\ y = 0
Next == x' = [a |-> 1] /\ UNCHANGED vars
====
