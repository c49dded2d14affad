---- MODULE UnusedExt ----
\* Uses only Max of UnusedExtLib, whose Bad names an undefined operator.
EXTENDS Naturals, UnusedExtLib
VARIABLE x
Init == x = 0
Next == x' = IF x < Max THEN x + 1 ELSE x
====
