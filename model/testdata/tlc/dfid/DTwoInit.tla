---- MODULE DTwoInit ----
\* The successor of the second initial state violates the invariant: when
\* TLC takes x = 0 first, its trace prints the stack left by it (state 1
\* only, then a NullPointerException ends the printing).
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 10}
Next == x' = x + 1
Inv == x # 11
====
