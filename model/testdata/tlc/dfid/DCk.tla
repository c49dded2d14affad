---- MODULE DCk ----
\* A chain: one successor per state, so that TLC's depth-first search
\* makes no random choice. Inv fails at x = 8.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 8
====
