---- MODULE FilterInitMember ----
EXTENDS Naturals, TLC, FiniteSets
VARIABLE x
Init == x \in {f \in [1..3 -> 1..121] : f[1] + f[2] + f[3] = 5}
Next == UNCHANGED x
Inv == x \in {f \in [1..3 -> 1..5000] : f[1] + f[2] + f[3] = 5}
====
