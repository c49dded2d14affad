---- MODULE SpecBoundArg ----
VARIABLE x
Init == x = 0
Next == x' = IF x = 0 THEN 1 ELSE 0
En(a) == ENABLED a
E2(a) == a = TRUE
K(a, b) == a
Spec == Init /\ [][Next]_x /\ E2(En(Next))
====
