---- MODULE FilterMemberHuge ----
EXTENDS Naturals, TLC
F == {f \in [1..3 -> 1..3000] : f[1] = 1}
ASSUME [i \in 1..3 |-> 1] \in F
ASSUME [i \in 1..3 |-> 2] \notin F
ASSUME PrintT(<<"mem", [i \in 1..3 |-> i] \in F>>)
====
