---- MODULE SimGetGenerated ----
\* TLCGet("generated") under -simulate: TLC's simulator leaves it
\* undefined (2145 in 2154, standalone).
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == /\ PrintT(TLCGet("generated"))
        /\ x' = x + 1
====
