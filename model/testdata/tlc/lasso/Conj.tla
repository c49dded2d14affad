---- MODULE Conj ----
\* One lasso violating both properties; Both is a conjunction of two temporal formulas.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Both == <>(x = 5) /\ []<>(x = 7)
Other == <>[](x = 0)
====
