---- MODULE SplitOrder ----
\* The order in which one worker meets successors, hence the counts at a
\* violation (TestCountsAtViolation). TLC splits Next into one action per
\* binding of p and q, the first binder varying fastest, each action being
\* A \/ B for that binding: the successors of x = 0 come as A(1,1) = 111,
\* B(1,1) = 112, A(2,1) = 211, B(2,1) = 212, and the invariant fails on
\* the fourth. TLC reports 5 states generated (the initial state and four
\* successors), 5 distinct, 3 left on the queue. Taking all of A before B,
\* or q varying fastest, would meet 212 later (8 or 7 generated).
EXTENDS Naturals
VARIABLE x
Init == x = 0
A(p, q) == x = 0 /\ x' = 100 * p + 10 * q + 1
B(p, q) == x = 0 /\ x' = 100 * p + 10 * q + 2
Next == \E p \in 1..2, q \in 1..2 : A(p, q) \/ B(p, q)
Inv == x # 212
====
