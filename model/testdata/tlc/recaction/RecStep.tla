---- MODULE RecStep ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Step(_)
Step(n) == IF n = 0 THEN x' = x ELSE (x' = (x + n) % 7 \/ Step(n-1))
Init == x = 0
Next == Step(3)
====
