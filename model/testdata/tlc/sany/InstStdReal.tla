---- MODULE InstStdReal ----
EXTENDS Naturals
VARIABLE x
R == INSTANCE Reals
Init == x = 0 /\ 1 \in R!Real
Next == x' = x + 1 /\ x < 2
====
