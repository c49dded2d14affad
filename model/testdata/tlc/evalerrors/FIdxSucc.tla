---- MODULE FIdxSucc ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 1 \/ <<1, 2>>[3] = 0
====
