---- MODULE FilterBigEq ----
EXTENDS Naturals, TLC, FiniteSets
F == {f \in [1..3 -> 1..121] : f[1] + f[2] + f[3] = 4}
G == {E \in SUBSET (1..21) : Cardinality(E) = 20}
ASSUME PrintT(F = {[i \in 1..3 |-> IF i = 1 THEN 2 ELSE 1], <<1, 2, 1>>, <<1, 1, 2>>})
ASSUME PrintT(F # {})
ASSUME PrintT(Cardinality(G \cap {1..20, 2..21, {1}}))
ASSUME PrintT(G \subseteq SUBSET (1..21))
ASSUME PrintT(UNION G)
====
