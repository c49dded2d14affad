---- MODULE KPrintSubsetNat ----
EXTENDS Naturals, Sequences, TLC
ASSUME PrintT(SUBSET Nat)
====
