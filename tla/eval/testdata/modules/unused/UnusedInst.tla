---- MODULE UnusedInst ----
\* Instantiates UnusedInstMod twice; nothing uses its Bad.
EXTENDS Naturals
VARIABLE x
A == INSTANCE UnusedInstMod WITH y <- x
B == INSTANCE UnusedInstMod WITH y <- x + 1
Init == x = 0
Next == x' = IF A!Small THEN x + 1 ELSE x
====
