---- MODULE FExcept ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<1, 2>>
Next == x' = [x EXCEPT ![1] = 5][3]
====
