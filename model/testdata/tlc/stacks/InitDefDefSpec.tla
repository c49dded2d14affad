---- MODULE InitDefDefSpec ----
EXTENDS Naturals
VARIABLE x
Init2 == x = <<>>[1]
Init == Init2
Spec == Init /\ [][UNCHANGED x]_x
====
