---- MODULE SimConstr ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
Up == x' \in {x + 1, x + 3} /\ UNCHANGED y
Side == y < 3 /\ y' = y + 1 /\ x' \in {x, x + 1}
Next == Up \/ Side
Small == x < 5
NoBigJump == x' - x < 3
====
