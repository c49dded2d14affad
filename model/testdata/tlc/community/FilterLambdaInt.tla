---- MODULE FilterLambdaInt ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ LET Q(S, P(_)) == Cardinality({s \in S : P(s)}) IN Q({1,2}, LAMBDA v : 3) = 1
Next == UNCHANGED x
====
