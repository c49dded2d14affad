---- MODULE URcdInit ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x \in UNION {[a : 1..n, b : 1..n] : n \in 0..11}
Next == UNCHANGED x
====
