---- MODULE UFcnNext ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x = 0 /\ x' \in UNION {[1..n -> 0..4] : n \in 0..4}
====
