---- MODULE AliasErr2 ----
EXTENDS Naturals
VARIABLE x, z
Init == x = 0 /\ z = "s"
Next == x' = x + 1 /\ z' = z
Inv == x < 2
Alias == [b |-> 1 \div (1 - x), a |-> x + 10]
====
