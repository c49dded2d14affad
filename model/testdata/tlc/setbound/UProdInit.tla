---- MODULE UProdInit ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x \in UNION {(1..n) \X (1..n) : n \in 0..11}
Next == UNCHANGED x
====
