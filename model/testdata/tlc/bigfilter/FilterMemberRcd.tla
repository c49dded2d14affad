---- MODULE FilterMemberRcd ----
EXTENDS Naturals, TLC
R == {r \in [a : 1..100000, b : 1..100000] : r.a < r.b}
ASSUME [a |-> 1, b |-> 2] \in R
ASSUME PrintT(<<"mem", [a |-> 3, b |-> 2] \in R>>)
====
