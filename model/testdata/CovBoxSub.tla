---- MODULE CovBoxSub ----
\* [A]_v in an action (TLC's OPCODE_sa): A, then processUnchanged(v), which
\* counts the states generated through each variable of v on its node; v is
\* a primed location, listed even when it counts nothing (<<x, y>>: 0, its
\* variables 6 each; vars: 0 above its tuple's 6). Once every variable has a
\* value (the last disjunct's [A]_y), [A]_v is evaluated as an expression:
\* its node counts, A's application and A's conjunctions count, and v
\* counts twice where A is false.
EXTENDS Naturals
VARIABLES x, y, z
vars == <<x, y>>
Init == x = 0 /\ y = 0 /\ z = 0
A == x < 2 /\ x' = x + 1 /\ y' = y
B == z < 1 /\ z' = z + 1
Next == \/ [A]_<<x, y>> /\ UNCHANGED z
        \/ [B]_z /\ UNCHANGED <<x, y>>
        \/ [A]_vars /\ z' = z
        \/ z' = z /\ [A]_x /\ [A]_y
====
