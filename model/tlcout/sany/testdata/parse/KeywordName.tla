---- MODULE KeywordName ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
THEN == 1
====
