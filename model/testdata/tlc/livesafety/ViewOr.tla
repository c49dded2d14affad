---- MODULE ViewOr ----
EXTENDS Naturals
VARIABLES x, t
Init == x = 0 /\ t = 0
Next == x' = (x + 1) % 4 /\ t' = (t + 1) % 7
View == x
Spec == Init /\ [][Next]_<<x, t>>
P == [](x = 0) \/ [](x # 2)
====
