---- MODULE OpConst ----
\* An operator constant F(_, _) set by the cfg (F <- Plus), used in an
\* ASSUME and an action. TLC: x goes 0, 1, 2, 3 (then no successor):
\* 4 distinct states, 1 + 3 = 4 states generated.
EXTENDS Naturals
CONSTANT F(_, _), N
Plus(p, q) == p + q
Times(p, q) == p * q
ASSUME F(1, 2) = 3
VARIABLE x
Init == x = 0
Next == x < N /\ x' = F(x, 1)
====
