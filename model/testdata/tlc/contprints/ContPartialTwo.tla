---- MODULE ContPartialTwo ----
EXTENDS Naturals
VARIABLES x, y, z
Init == x = 0 /\ y = 0 /\ z = 0
Next == \/ x < 1 /\ x' = x + 1 /\ UNCHANGED <<y, z>>
        \/ x' = 7
====
