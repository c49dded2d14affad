---- MODULE EqNat ----
EXTENDS Naturals, TLC, Sequences
ASSUME PrintT(Nat = {})
====
