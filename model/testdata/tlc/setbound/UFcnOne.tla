---- MODULE UFcnOne ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x \in UNION {[1..n -> 0..4] : n \in {4}}
Next == UNCHANGED x
====
