---- MODULE CoNM ----
CONSTANTS N, M
VARIABLE x
Init == x = 0
Next == x' = x
====
