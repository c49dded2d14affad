---- MODULE UnsSubP ----
EXTENDS Naturals, TLC
ASSUME PrintT(SUBSET {{1}, {"a"}})
====
