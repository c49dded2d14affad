---- MODULE PInitParen3 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == /\ x = 0
        /\ (x = 0 /\ (x = 1 \/ x.a = 2))
Next == x' = x
====
