---- MODULE Stutter ----
\* A behaviour that can only stutter: whether TLC adds, after the
\* counterexample, that a missing fairness constraint may be the cause.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x > 5 /\ x' = x + 1
Spec == Init /\ [][Next]_x
FairSpec == Spec /\ WF_x(Next)
AE == []<>(x = 5)
EV == <>(x = 5)
LT == (x = 0) ~> (x = 5)
EA == <>[](x = 5)
GE == <>(x = 5) \/ []<>(x = 5)
====
