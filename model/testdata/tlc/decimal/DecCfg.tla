---- MODULE DecCfg ----
\* A decimal before a constant without a value in the model.
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
A == 1.5
Inv == x < 5
====
