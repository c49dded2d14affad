---- MODULE PProp2 ----
\* A PROPERTY whose body is 1: named by its value.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == 1
====
