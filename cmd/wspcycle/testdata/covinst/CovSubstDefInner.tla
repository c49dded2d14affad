---- MODULE CovSubstDefInner ----
\* The module CovSubstDef instantiates: S and T are constant definitions
\* of a module instantiated with parameters, which TLC does not evaluate
\* at load (SpecProcessor.processConstantDefns skips such modules).
EXTENDS Naturals
CONSTANTS K
VARIABLES x
S == 1 .. K
T == S
nx(i) == IF i = K THEN 1 ELSE i + 1
Init == x = 1
Step(i) == x = i /\ x' = nx(i)
Next == (\E i \in S : Step(i)) \/ (\E i \in T : x = i + K /\ UNCHANGED x)
Inv == x \in S
====
