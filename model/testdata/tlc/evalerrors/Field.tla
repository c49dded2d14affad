---- MODULE Field ----
EXTENDS Naturals
VARIABLE x
Init == x = [a |-> 1]
Next == x' = [a |-> x.b]
====
