---- MODULE NextNum ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == 1
====
