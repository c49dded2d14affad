---- MODULE IfNoCond ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = IF THEN 1 ELSE 2
Next == x' = x
====
