---- MODULE MapBase ----
\* The abstract module of the Map* specs: x counts up to 2; z goes along.
EXTENDS Naturals
VARIABLES x, z
Init == x = 0
A == x < 2 /\ x' = x + 1
Spec == Init /\ [][A]_x /\ WF_x(A)
\* x' and z' given two different values.
Both == x' = 1 /\ z' = 2
BothFair == WF_<<x, z>>(Both)
\* ENABLED of an action on x alone.
CanJump == ENABLED (x' = 5)
\* An action that assigns nothing.
Idle == WF_x(x < 5)
====
