---- MODULE ThmUndef ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
THEOREM Undef = 1
====
