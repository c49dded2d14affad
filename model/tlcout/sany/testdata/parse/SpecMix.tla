---- MODULE SpecMix ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ x' > x
Spec2 == Init /\ [][Next]_x /\ (x' > x \/ [](x < 5))
====
