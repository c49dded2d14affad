---- MODULE RL1 ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Inc == x < 6 /\ x' = x + 1 /\ UNCHANGED y
Dec == x > 0 /\ x' = x - 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Jump == x = 2 /\ \E k \in {4, 5} : x' = k /\ y' = y
Next == Inc \/ Dec \/ Flip \/ Jump
Inv == x + y < 20
Bad == ~(x = 5 /\ y = 1)
====
