---- MODULE RandomConst ----
\* R, a definition of constant level, is evaluated once: every state
\* sees the same random draw. RandomElement in an action draws anew.
EXTENDS Integers, TLC
VARIABLE x, y, z
R == RandomElement(1..1000)
Init == x = 0 /\ y = 0 /\ z = RandomElement({7})
Next == x < 3 /\ x' = x + 1 /\ y' = R /\ z' = RandomElement({x, x})
Inv == y \in {0, R} /\ (x > 0 => z = x - 1) /\ 1 \in Any
====
