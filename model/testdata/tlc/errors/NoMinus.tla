---- MODULE NoMinus ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = - - y
Next == x' = IF x = Max THEN 0 ELSE x ^+
====
