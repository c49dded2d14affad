---- MODULE MultiInit ----
\* Several initial states. Expected, worked by hand: level 1 = {0, 1} (both
\* initial), level 2 = {2} (0 -> 1 is already known), level 3 = {3}; 3 has no
\* successor (deadlock checking is off). distinct 4; generated 5 (2 initial
\* states + one successor each of 0, 1, 2); depth 3; ok.
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x < 3 /\ x' = x + 1
Inv == x <= 3
====
