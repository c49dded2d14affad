---- MODULE SStr ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in SUBSET "a"
Next == x' = x
====
