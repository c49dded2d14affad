---- MODULE CovSetArg ----
\* Sets built inside a set (MCQQ's {a1}, {a1, a2}) passed to operators and
\* enumerated there by their parameter: each loop costs on the inner set's
\* constructor what it fetched: \E stopping at its first element 2, \A
\* stopping there 1, the second set of \A d \in 1..x, a \in S what the
\* odometer fetched (nothing when 1..x is empty).
EXTENDS Naturals
CONSTANT a1, a2, QQ
VARIABLE x
MCQQ == {{a1}, {a1, a2}}
E(S) == \E a \in S : a # x
A(S) == \A a \in S : a = x
R(S) == \A d \in 1..x, a \in S : a # d
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv == /\ \A Q \in QQ : E(Q)
       /\ \A Q \in QQ : ~A(Q)
       /\ \A Q \in QQ : R(Q)
====
