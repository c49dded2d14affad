---- MODULE CovLiveCex ----
\* TLC evaluates every temporal property on a liveness counterexample
\* (Liveness.findViolatedProperties) to name those it violates: it
\* reports no coverage of those evaluations, but the stored set s they
\* enumerate costs on Init's {1, 2}, P's \E each element and the end
\* in each state of the cycle, Q's \E up to the element it stops at.
EXTENDS Naturals
VARIABLES x, s
Init == x = 0 /\ s = {1, 2}
Next == x' = (x + 1) % 3 /\ s' = s
P == \E e \in s : e = x + 5
Q == \E e \in s : e = x
Spec == Init /\ [][Next]_<<x, s>> /\ WF_<<x, s>>(Next)
Prop == <>P
Prop2 == []<>Q
====
