---- MODULE UnusedSubset ----
\* Extends UnusedSubsetLib, whose unused Proper writes \subset, which no
\* standard module defines.
EXTENDS Naturals, UnusedSubsetLib
VARIABLE x
Init == x = 0
Next == x' = IF x < 1 THEN x + 1 ELSE x
====
