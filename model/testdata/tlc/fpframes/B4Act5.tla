---- MODULE B4Act5 ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = {"a"} /\ x' = {1}
====
