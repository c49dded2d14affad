---- MODULE PropSplitArg ----
VARIABLE x
Init == x = 0
Next == x' = IF x = 0 THEN 1 ELSE 0
En(a) == ENABLED a
E2(a) == a = TRUE
K(a, b) == a
I(a) == a
J(a) == [](a = 1)
P == <>(x = 0) /\ K(x = 1, x' = 1)
====
