---- MODULE EnTwo ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1, 2}
Next == x < y /\ x' = x + 1 /\ y' = y
Bad == x' = 1 \div (y - 1) /\ y' = y
Spec == Init /\ [][Next]_<<x, y>> /\ ENABLED Next /\ ENABLED Bad
====
