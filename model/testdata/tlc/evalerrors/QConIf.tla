---- MODULE QConIf ----
\* As QConMod, where Next in the failing successor (x = 2) would fail
\* itself: TLC never evaluates it, and its stack is the constraint's.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == IF x = 2 THEN x' = x[1] ELSE x' = x + 1
C == x < 2 \/ x[1] = 1
====
