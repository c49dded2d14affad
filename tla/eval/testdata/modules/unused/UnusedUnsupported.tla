---- MODULE UnusedUnsupported ----
\* Extends UnusedUnsupportedLib, whose unused definitions are constructs
\* the checker does not evaluate (Reals' division, a temporal quantifier).
EXTENDS Naturals, UnusedUnsupportedLib
VARIABLE x
Init == x = 0
Next == x' = IF x < 1 THEN x + 1 ELSE x
====
