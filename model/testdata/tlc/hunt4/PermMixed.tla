---- MODULE PermMixed ----
\* Permutations of a set TLC cannot sort: its Java method normalises it and fails.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(Permutations({"a", 1}))
====
