---- MODULE FLet ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == LET t == <<1, 2>> IN x' = t[3]
====
