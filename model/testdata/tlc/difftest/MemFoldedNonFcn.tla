---- MODULE MemFoldedNonFcn ----
\* An integer in a set of functions: TLC's SetOfFcnsValue.member words it.
EXTENDS Naturals
VARIABLE x
Init == x = 3
Next == UNCHANGED x
S == [{1} -> {1}]
Inv == x \notin S
====
