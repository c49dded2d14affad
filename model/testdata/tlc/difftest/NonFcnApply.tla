---- MODULE NonFcnApply ----
\* A set applied as a function: TLC names the class of the set (its
\* ValueImage), here an interval.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == (x..2)[1] = 0
====
