---- MODULE B4Act2 ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = <<1>> /\ x' \in {[a |-> 1]}
====
