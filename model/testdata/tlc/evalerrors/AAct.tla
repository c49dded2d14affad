---- MODULE AAct ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == \/ x < 3 /\ x' = x + 1
        \/ x = 3 /\ Assert(x = 0, <<x, "bad">>) /\ x' = 0
====
