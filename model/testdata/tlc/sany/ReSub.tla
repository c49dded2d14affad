---- MODULE ReSub ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x
A == {1} \subset {1, 2}
====
