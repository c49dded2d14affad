---- MODULE Prints ----
\* Print and PrintT in every place TLC evaluates them during a search
\* without error: an ASSUME, Init, two actions of Next, an invariant.
EXTENDS TLC, Naturals
VARIABLE x
ASSUME PrintT(<<"assume", [i \in 1..20 |-> i * 1000]>>)
Init == x \in {0, 1} /\ PrintT(<<"init", x>>)
A == x < 3 /\ x' = x + 2 /\ Print("A", x) >= 0
B == x < 3 /\ x' = x + 1 /\ PrintT(<<"B", x>>)
Next == A \/ B \/ (x >= 3 /\ UNCHANGED x)
Inv == PrintT([inv |-> x])
====
