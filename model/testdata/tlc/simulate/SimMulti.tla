---- MODULE SimMulti ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..2 /\ y \in {"a", "b"}
IncX == x < 6 /\ x' \in {x + 1, x + 2} /\ UNCHANGED y
SetY == y' \in {"a", "b", "c"} /\ UNCHANGED x
Reset == x > 3 /\ x' = 0 /\ y' = "a"
Next == IncX \/ SetY \/ Reset
====
