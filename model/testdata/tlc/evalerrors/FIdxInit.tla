---- MODULE FIdxInit ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<1, 2>>[3]
Next == x' = x
====
