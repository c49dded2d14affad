---- MODULE RecInit ----
EXTENDS Naturals, FiniteSets
VARIABLES f, g
RECURSIVE SetAll(_)
SetAll(S) == IF S = {} THEN TRUE ELSE LET i == CHOOSE i \in S : TRUE IN (f'[i] = g[i] /\ SetAll(S \ {i}))
RECURSIVE InitAll(_, _)
InitAll(a, b) == IF a > b THEN TRUE ELSE /\ (a = 0 => f \in [1..2 -> 0..1])
                                          /\ (a = 1 => g = [i \in 1..2 |-> i])
                                          /\ InitAll(a+1, b)
Init == InitAll(0, 1)
Next == /\ f' \in [1..2 -> 0..2]
        /\ \A i \in 1..2 : f'[i] >= f[i]
        /\ UNCHANGED g
====
