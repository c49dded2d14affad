---- MODULE CovSplit ----
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Flip == y' = 1 - y /\ UNCHANGED x
Inc(d) == x < 5 /\ PrintT(<<x, d>>) /\ x' = x + d /\ y' = y
Next == Flip \/ \E d \in {1, 2} : Inc(d)
Inv == x < 3
====
