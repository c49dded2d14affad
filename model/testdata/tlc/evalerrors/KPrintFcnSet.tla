---- MODULE KPrintFcnSet ----
EXTENDS Naturals, Sequences, TLC
ASSUME PrintT([Nat -> {1}])
====
