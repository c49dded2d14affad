---- MODULE B4Act3 ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = [a |-> 1] /\ x' \in {<<1>>, <<2>>}
====
