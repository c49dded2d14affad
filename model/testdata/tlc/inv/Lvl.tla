---- MODULE Lvl ----
\* InvFail extending TLC, for -invlevel: with -invlevel 3 TLC stops at the
\* first trace of 3 states (a = 0, 1, 2 by the first disjunct of Next), 4
\* states generated, 4 distinct, 1 left on the queue.
EXTENDS Naturals, TLC
VARIABLES a, b
Init == a = 0 /\ b = 0
Next == \/ a < 4 /\ a' = a + 1 /\ UNCHANGED b
        \/ b < 4 /\ b' = b + 2 /\ UNCHANGED a
Safe == a + b # 5
====
