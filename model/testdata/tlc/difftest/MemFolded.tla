---- MODULE MemFolded ----
\* [1..1 -> {1}] is a constant definition, enumerated once; membership still asks
\* the set of functions, whose domain check fails on a record as in TLC.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x = 0 /\ x' = 1
S == [1..1 -> {1}]
Inv == [a |-> x] \notin S \/ x = 0
====
