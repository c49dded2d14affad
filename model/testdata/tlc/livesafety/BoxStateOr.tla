---- MODULE BoxStateOr ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Next == \/ x' = (x + 1) % 5 /\ UNCHANGED y
        \/ y' = 1 - y /\ UNCHANGED x
Spec == Init /\ [][Next]_<<x, y>>
P == [](x < 3) \/ [](y = 0)
====
