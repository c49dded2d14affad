---- MODULE Wide ----
EXTENDS Naturals
VARIABLES x, y, z
Init == x = 0 /\ y \in 0..5 /\ z \in 0..5
Next == \/ x < 6 /\ x' = x + 1 /\ UNCHANGED <<y, z>>
        \/ y' = (y + 1) % 6 /\ UNCHANGED <<x, z>>
        \/ z' = (z + 2) % 6 /\ UNCHANGED <<x, y>>
Spec == Init /\ [][Next]_<<x, y, z>>
P == [](x < 5) \/ [](y # z + 1)
====
