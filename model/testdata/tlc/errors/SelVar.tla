---- MODULE SelVar ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = IF x!1 = Max THEN 0 ELSE x + 1
====
