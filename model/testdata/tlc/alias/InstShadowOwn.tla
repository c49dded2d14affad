---- MODULE InstShadowOwn ----
a + b == 0
a < b == TRUE
I == INSTANCE Naturals
VARIABLE x
Init == x = <<I!+(1, 2), I!+(1 + 1, 2), I!<(2, 1), 1 < 0>>
Next == UNCHANGED x
Inv == x = <<0, 0, TRUE, TRUE>>
====
