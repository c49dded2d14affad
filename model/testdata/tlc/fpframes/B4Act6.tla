---- MODULE B4Act6 ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = [a |-> 1] /\ UNCHANGED x
====
