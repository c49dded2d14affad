---- MODULE Unsupported ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 2
Spec == Init /\ [][Next]_x
Weird == [](x = 0 => <>[](x = 1))
====
