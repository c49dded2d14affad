---- MODULE FConstDef ----
EXTENDS Naturals, Sequences
VARIABLE x
T == <<1, 2>>
Init == x = 0
Next == x' = T[3]
====
