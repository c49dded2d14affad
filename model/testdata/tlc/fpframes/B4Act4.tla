---- MODULE B4Act4 ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = {"a"} /\ x' \in {{1}}
====
