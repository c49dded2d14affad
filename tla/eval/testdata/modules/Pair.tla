---- MODULE Pair ----
\* Two cells of one module nested in this file, instantiated twice: A
\* named (v <- a, Lim <- 2) and B parameterised by its limit (v <- b).
\* TLC: a in 0..2, b in 0..1: 6 distinct states; successors per state
\* (a, b): 2 from (0,0) and (1,0), 1 from (2,0), (0,1), (1,1), 0 from
\* (2,1): 7, plus the initial state: 8 states generated.
EXTENDS Naturals
VARIABLES a, b
---- MODULE Cell ----
EXTENDS Naturals
CONSTANT Lim
VARIABLE v
Init == v = 0
Bump == v < Lim /\ v' = v + 1
====
A == INSTANCE Cell WITH v <- a, Lim <- 2
B(l) == INSTANCE Cell WITH v <- b, Lim <- l
Init == A!Init /\ B(1)!Init
Next == \/ A!Bump /\ UNCHANGED b
        \/ B(1)!Bump /\ UNCHANGED a
Inv == a \in 0..2 /\ b \in 0..1
====
