---- MODULE RecDeadlock ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Inc(_)
Inc(n) == IF n = 0 THEN x' = x ELSE x' = x + 1 /\ Inc(n - 1)
Init == x = 0
Next == x < 3 /\ Inc(2)
====
