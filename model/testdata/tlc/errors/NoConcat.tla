---- MODULE NoConcat ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = Len(<<1>> \o (<<2>> \o y))
Next == x' = IF x = Max THEN 0 ELSE x + 1
====
