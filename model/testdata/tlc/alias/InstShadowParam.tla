---- MODULE InstShadowParam ----
I == INSTANCE Naturals
Zero(a, b) == 0
Op(_ + _, a, b) == <<a + b, I!+(a, b)>>
VARIABLE x
Init == x = Op(Zero, 1, 2)
Next == UNCHANGED x
Inv == x = <<0, 0>>
====
