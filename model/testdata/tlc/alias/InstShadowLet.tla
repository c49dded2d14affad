---- MODULE InstShadowLet ----
I == INSTANCE Naturals
VARIABLE x
Init == x = LET a + b == 0
                J == INSTANCE Naturals
                Len(s) == 0
                S == INSTANCE Sequences
            IN <<I!+(1, 2), J!+(2, 3), 1 + 2, S!Len(<<1>>), Len(<<1>>)>>
Next == UNCHANGED x
Inv == x = <<0, 0, 0, 0, 1>>
====
