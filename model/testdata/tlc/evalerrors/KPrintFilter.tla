---- MODULE KPrintFilter ----
EXTENDS Naturals, Sequences, TLC
ASSUME PrintT({n \in Nat : n > 2})
====
