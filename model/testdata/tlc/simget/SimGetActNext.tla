---- MODULE SimGetActNext ----
\* TLCGet("action") in Next: the action of the state whose successors
\* are computed (Init, then the step that led to it).
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
A == PrintT(<<"A", x, TLCGet("action").name, TLCGet("stats").behavior>>) /\ x' = x + 1
B == PrintT(<<"B", x, TLCGet("action").name>>) /\ x' = x + 2
Next == A \/ B
====
