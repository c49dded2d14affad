---- MODULE InstShadowNat ----
Nat == {0}
Len(s) == 0
I == INSTANCE Naturals
S == INSTANCE Sequences
VARIABLE x
Init == x = <<5 \in I!Nat, S!Len(<<1, 2>>), 5 \in Nat, Len(<<1>>)>>
Next == UNCHANGED x
Inv == x = <<FALSE, 0, FALSE, 0>>
====
