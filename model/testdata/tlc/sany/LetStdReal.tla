---- MODULE LetStdReal ----
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ LET R == INSTANCE Reals IN 1 \in R!Real
Next == x' = x + 1 /\ x < 2
====
