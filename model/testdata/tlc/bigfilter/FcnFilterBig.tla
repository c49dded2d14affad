---- MODULE FcnFilterBig ----
\* Filters of function sets of more than 2^20 functions (121^3), which TLC
\* walks one function at a time.
EXTENDS Naturals, TLC, FiniteSets
S == {B \in [1..3 -> 1..121] : B[1] + B[2] + B[3] = 5}
T == {B \in [{"a", "b", "c"} -> 1..121] : B["a"] = 120 /\ B["b"] = 121 /\ B["c"] > 119}
ASSUME PrintT(S)
ASSUME PrintT(T)
ASSUME PrintT(Cardinality({B \in [1..3 -> 1..121] : B[1] = 1}))
====
