---- MODULE InIntv ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = 1 /\ ("a" \in 1..3)
====
