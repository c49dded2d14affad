---- MODULE UnchNested ----
EXTENDS Naturals
VARIABLE x, y
Init == x = <<1>> /\ y = 0
Next == x' = [a |-> 1] /\ UNCHANGED <<y, <<x>>>>
====
