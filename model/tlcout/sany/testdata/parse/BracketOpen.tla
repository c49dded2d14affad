---- MODULE BracketOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = [i \in {1} |-> x + 1
TypeOK == x \in 0..Max
====
