---- MODULE EqShape ----
\* A tuple compared with a record: TLC's FcnRcdValue over an interval
\* compares the record's fields with integers.
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x = <<1>> /\ x' = [a |-> 1]
Inv == x # <<2>>
====
