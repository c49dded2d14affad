---- MODULE InstShadowExt ----
EXTENDS InstShadowDef
I == INSTANCE Naturals
S == INSTANCE Sequences
VARIABLE x
Init == x = <<I!+(1, 2), S!Len(<<1, 2>>), 5 \in I!Nat, Len(<<1>>)>>
Next == UNCHANGED x
Inv == x = <<0, 0, FALSE, 0>>
====
