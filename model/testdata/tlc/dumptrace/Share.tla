---- MODULE Share ----
\* Model values numbered in the cfg's order (B before A), a set of them, a string
\* shared between states, and a last state that shares only strings and sets.
EXTENDS Naturals
CONSTANT A, B, S
VARIABLES x, y, z
Init == x = 0 /\ y = "a" /\ z = A
Next == /\ x < 3
        /\ x' = x + 1
        /\ y' = IF x = 1 THEN "b" ELSE y
        /\ z' = IF x = 0 THEN B ELSE <<z, [f |-> x, g |-> S]>>
Inv == x < 3
====
