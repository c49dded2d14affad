---- MODULE BoxPrimeTwice ----
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x
A == [](x'' = 1)
====
