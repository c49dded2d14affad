---- MODULE TupleOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = <<1, 2
Next == x' = x
====
