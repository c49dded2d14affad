---- MODULE B4Act1 ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = <<1>> /\ x' = [a |-> 1]
====
