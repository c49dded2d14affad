---- MODULE DAssert ----
\* Two initial states; an Assert fails computing the successors of x = 3.
EXTENDS Naturals, TLC
VARIABLES x
Init == x \in {0, 1}
Next == x' = x + 1 /\ Assert(x < 3, "too big")
====
