---- MODULE DiffPre ----
EXTENDS Naturals
VARIABLES x, y, z
vars == <<x, y, z>>
Init == x = 0 /\ y = 0 /\ z = 0
Next == /\ x + y + z < 20
        /\ IF x = y /\ y = z THEN x' = x + 1 /\ UNCHANGED <<y, z>>
           ELSE IF x > y THEN y' = y + 1 /\ UNCHANGED <<x, z>>
           ELSE z' = z + 1 /\ UNCHANGED <<x, y>>
Prop == [](x < 2) \/ [](z < 1)
====
