---- MODULE KPrintRcdSet ----
EXTENDS Naturals, Sequences, TLC
ASSUME PrintT([a : Nat])
====
