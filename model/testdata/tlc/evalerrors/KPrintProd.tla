---- MODULE KPrintProd ----
EXTENDS Naturals, Sequences, TLC
ASSUME PrintT(Nat \X {1})
====
