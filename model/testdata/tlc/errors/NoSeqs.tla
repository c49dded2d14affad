---- MODULE NoSeqs ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = Len(<<>>)
Next == x' = IF x = Max THEN 0 ELSE x + 1
====
