---- MODULE DecRealsUnused ----
\* Over Reals, in a THEOREM and an unused LOCAL definition: the
\* first in the module is named.
EXTENDS Reals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
THEOREM 2.5 = 2.5
LOCAL A == 0.001
Inv == x < 5
====
