---- MODULE UFcnDef ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
S(m) == UNION {[1..n -> m] : n \in 0..4}
Init == x \in S(0..4)
Next == UNCHANGED x
====
