---- MODULE Halt ----
\* Deadlock on and off. Expected, worked by hand: x = 0, 1, 2 (distinct 3,
\* generated 3, depth 3); x = 2 has no successor.
\* Halt.cfg (CHECK_DEADLOCK FALSE): ok. HaltDeadlock.cfg (default): deadlock,
\* trace 0, 1, 2 (3 states), depth 3.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
====
