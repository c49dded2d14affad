---- MODULE CovLazyApp ----
\* F[j] and C[j]: F a definition reading x whose body is a function
\* constructor, C a constant the cfg replaces by MCC, another one. TLC
\* evaluates the body at each use and applies the FcnLambdaValue: each
\* CASE counts once per application, its second arm's test only when
\* j is "b" (MCDieHarder's Capacity[j]).
EXTENDS Naturals
CONSTANT C
VARIABLE x
MCC == [j \in {"a", "b"} |-> CASE j = "a" -> 3
                              [] j = "b" -> 5]
F == [j \in {"a", "b"} |-> CASE j = "a" -> x + 3
                            [] j = "b" -> x + 5]
Init == x = 0
Next == \/ \E j \in {"a", "b"} : x < C[j] /\ x < F[j] /\ x' = x + 1
        \/ x = 5 /\ x' = 0
====
