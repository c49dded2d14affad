---- MODULE CovOvrFcn ----
\* x = C, with the cfg's C <- F, F's body a function constructor: TLC
\* evaluates F's body at the use, a FcnLambdaValue turned into a table
\* when the state holds it, costing as a constructor written there: its
\* size on its node, and its domain's enumeration (a product's odometer,
\* 2 per pair; a set enumeration each element and the end).
EXTENDS Naturals
CONSTANTS C, D, K
VARIABLES x, y
Pairs == [e \in K \X K |-> e[1] < e[2]]
Single == [k \in {1, 2, 3} |-> k + 1]
Init == /\ x = C
        /\ y = D
Next == /\ x' = C
        /\ y' = D
====
