---- MODULE UnchangedShape ----
\* UNCHANGED x where x' is a record and x a tuple: TLC compares x with x'
\* (TupleValue.equals), and its words follow x's class.
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x' = [a |-> 1] /\ UNCHANGED x
====
