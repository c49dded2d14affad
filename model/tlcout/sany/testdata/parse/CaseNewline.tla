---- MODULE CaseNewline ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = CASE Max = 1 -> 0
              [] Max = 2 -> (1
Next == x' = x
====
