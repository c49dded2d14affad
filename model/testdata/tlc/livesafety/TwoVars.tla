---- MODULE TwoVars ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ y' = y
        \/ y < 2 /\ y' = y + 1 /\ x' = x
        \/ x = 3 /\ y = 2 /\ x' = 0 /\ y' = 0
Spec == Init /\ [][Next]_<<x, y>>
P == [](y = 0) \/ [](x < 2)
====
