---- MODULE CaseArmOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = CASE Max = 1 -> (0 [] OTHER -> 1
Next == x' = x
====
