---- MODULE TTWarn ----
EXTENDS Naturals
Len(s) == 3
Append(a, b) == a + b
VARIABLE x
Init == x = 0
Next == x' = Append(x, Len(x))
Inv == x < 7
====
