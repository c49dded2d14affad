---- MODULE LabelBad ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
Foo == x + 1 :: x
====
