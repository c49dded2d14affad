---- MODULE InstShadowArg ----
a + b == 0
-. a == 0
a \o b == <<>>
I == INSTANCE Integers
S == INSTANCE Sequences
Ap(F(_, _), a, b) == F(a, b)
Ap1(F(_), a) == F(a)
VARIABLE x
Init == x = <<Ap(I!+, 1, 2), Ap1(I!-., 3), Ap(S!\o, <<1>>, <<2>>)>>
Next == UNCHANGED x
Inv == x = <<0, 0, <<>>>>
====
