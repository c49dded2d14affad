---- MODULE ContAliasLevel ----
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = x + 1 /\ y' \in {0, 1}
Inv == x < 2
Cons == TLCGet("level") < 5
Al == [x |-> x, l |-> TLCGet("level")]
====
