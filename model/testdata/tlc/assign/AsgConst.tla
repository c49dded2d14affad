---- MODULE AsgConst ----
EXTENDS Naturals
VARIABLE a
M == INSTANCE CN WITH C <- a
Init == M!Val \in {1, 2}
Next == a' = a
====
