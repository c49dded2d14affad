---- MODULE SimGetCons ----
\* TLCGet("stats") and TLCGet("action") in a CONSTRAINT (the successor's)
\* and an ACTION_CONSTRAINT (the state whose successors are computed).
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x' \in {x + 1, x + 2}
Cons == PrintT(<<"c", x, TLCGet("stats").behavior, TLCGet("action").name, TLCGet("level")>>)
ACons == PrintT(<<"a", x, x', TLCGet("stats").behavior, TLCGet("action").name, TLCGet("level")>>)
====
