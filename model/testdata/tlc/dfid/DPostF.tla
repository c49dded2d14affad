---- MODULE DPostF ----
\* -postCondition PM!PC (or PM!Nope, which PM does not define): TLC's
\* depth-first mode never evaluates it.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
