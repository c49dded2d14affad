---- MODULE IfOpenEnd ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = IF x THEN 1
====
