---- MODULE TTAsrt ----
EXTENDS Naturals, TLC
VARIABLE x, y
Init == x = 0 /\ y = {1, 2}
Next == x' = x + 1 /\ y' = y \cup {x} /\ Assert(x < 2, "boom")
====
