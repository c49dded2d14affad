---- MODULE RcdSetShown ----
\* A tuple checked against a small set of records: TLC's message prints
\* the set enumerated, as its toString does below 2000 elements.
EXTENDS Naturals
VARIABLE x
S == [a : {1}, b : {2}]
Init == x = <<1, 2>>
Next == UNCHANGED x
Inv == x \notin S
====
