---- MODULE CovSubstInner ----
\* The module CovSubst instantiates (CovSubst.tla says what TLC reports).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Inc(i) == /\ x < 3
          /\ x' = x + i
          /\ UNCHANGED y
Flip(v) == /\ y' = 1 - v
           /\ UNCHANGED x
Next == \/ \E i \in 1..2 : Inc(i)
        \/ Flip(y)
Spec == Init /\ [][Next]_<<x, y>>
====
