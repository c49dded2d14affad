---- MODULE MemSetShape ----
\* A set of strings looked up in a set of sets of integers: an error in
\* TLC (IntValue.equals), not FALSE.
EXTENDS Naturals
VARIABLE x
Init == x = {1}
Next == x = {1} /\ x' = {"a"}
Inv == x \notin {{2}, {3}}
====
