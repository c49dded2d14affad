---- MODULE RLS ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Inc == x < 3 /\ x' = x + 1
Stay == x' = x
Next == Inc \/ Stay
Live == []<>(x >= 0)
====
