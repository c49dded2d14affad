---- MODULE RdSlash ----
EXTENDS Integers
VARIABLE v
a / b == <<a, b>>
Init == v = 0
Next == v' = (v + 1) % 3
Ok == v / 2 = <<v, 2>>
Bad == v / 2 = <<0, 2>>
====
