---- MODULE InstShadowSeq ----
EXTENDS Sequences
a + b == a \o b
I == INSTANCE Naturals
VARIABLE x
Init == x = <<I!+(1, 2), <<1>> + <<2>>>>
Next == UNCHANGED x
Inv == x = <<0, <<>>>>
====
