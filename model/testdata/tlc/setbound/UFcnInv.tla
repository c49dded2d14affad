---- MODULE UFcnInv ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == \A y \in UNION {[1..n -> 0..4] : n \in 0..4} : y # 7
====
