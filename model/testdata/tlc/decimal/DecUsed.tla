---- MODULE DecUsed ----
\* A decimal literal used by the invariant, over Naturals: TLC refuses
\* the spec at startup (wspcycle refused it as a parse error).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
Half == 1.5
Inv == x < Half
====
