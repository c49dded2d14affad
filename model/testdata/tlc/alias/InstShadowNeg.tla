---- MODULE InstShadowNeg ----
-. a == 0
a - b == 7
I == INSTANCE Integers
VARIABLE x
Init == x = <<I!-.(3), -3, I!-(5, 1), 5 - 1>>
Next == UNCHANGED x
Inv == x = <<0, 0, 0, 0>>
====
