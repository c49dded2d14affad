---- MODULE InitGuardBefore ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ x < 5 /\ y \in {0, 1, 2} /\ 1 \div (y - 1) = 0
Next == x < y /\ x' = x + 1 /\ y' = y
Spec == Init /\ [][Next]_<<x, y>>
====
