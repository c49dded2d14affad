---- MODULE FIdxInv ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x
Inv == <<1, 2>>[3] = 0
====
