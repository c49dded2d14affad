---- MODULE CovPrintFcn ----
\* PrintT(C), ToString(C) and ToString(D), with the cfg's C <- Pairs and
\* D <- Single, bodies function constructors: TLC prints a copy of the
\* lazy function, which counts neither its body nor its size when turned
\* into a table, its domain's enumeration still costing on the domain (a
\* product's odometer, 2 per pair); ToString turns the value itself into
\* a table, counting the body, the size and the domain.
EXTENDS TLC, Naturals, Sequences
CONSTANTS C, D, K
VARIABLE s
Pairs == [e \in K \X K |-> e[1] < e[2]]
Single == [k \in {1, 2} |-> k + 1]
Init == /\ PrintT(C)
        /\ s = ToString(C) \o ToString(D)
Next == UNCHANGED s
====
