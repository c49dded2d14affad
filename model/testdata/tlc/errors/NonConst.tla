---- MODULE NonConst ----
\* The cfg replaces the constant C by Def, which reads the variables:
\* TLC evaluates Def once as a constant, meets x first, and stops with
\* message 2281 (wrapping 2280 in -tool mode), exit 151.
EXTENDS Naturals
CONSTANT C
VARIABLE x, y
Def == x + 1 + y
Init == x = 0 /\ y = 0
Next == x < 3 /\ x' = x + 1 /\ y' = y
Inv == C > 0
====
