---- MODULE CopiesNonInt ----
\* CopiesIn of an element whose count is not an integer.
EXTENDS Integers, Sequences, FiniteSets, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(CopiesIn(1, <<"x">>))
====
