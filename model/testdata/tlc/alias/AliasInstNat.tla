---- MODULE AliasInstNat ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE Naturals
Init == x = 0
Next == x' = x + 1
Inv == x < 2
Alias == [x |-> x, y |-> I!+(x, 1), z |-> I!+(1, "a")]
====
