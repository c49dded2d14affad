---- MODULE AsgConstNext ----
EXTENDS Naturals
VARIABLE a, b
M == INSTANCE CN WITH C <- a
N == INSTANCE CN WITH C <- b
Init == M!Val \in {1, 2} /\ N!Val = 5
Next == (a < 3 /\ M!Val' = a + 1 /\ UNCHANGED N!Val) \/ (a >= 3 /\ UNCHANGED M!Val /\ N!Val' = 6)
Inv == a < 3
====
