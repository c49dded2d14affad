---- MODULE WPowZero ----
EXTENDS Naturals
VARIABLE x
Init == x = 0^0
Next == UNCHANGED x
====
