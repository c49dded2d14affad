---- MODULE Several ----
\* One lasso violating three of the four properties.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Never == <>(x = 5)
Holds == []<>(x = 1)
Rare == []<>(x = 7)
Settles == <>[](x = 0)
====
