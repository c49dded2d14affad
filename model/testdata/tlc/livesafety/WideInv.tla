---- MODULE WideInv ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..3 /\ y \in 0..3
Next == \/ x' = (x + 1) % 8 /\ UNCHANGED y
        \/ y' = (y + 3) % 8 /\ UNCHANGED x
Inv == x + y < 13
Spec == Init /\ [][Next]_<<x, y>>
P == [](x < 6) \/ [](y < 6)
====
