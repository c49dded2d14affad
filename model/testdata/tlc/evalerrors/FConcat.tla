---- MODULE FConcat ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = (<<1, 2>> \o <<3>>)[5]
====
