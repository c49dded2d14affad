---- MODULE Doubler ----
EXTENDS Naturals
CONSTANT K
Lim == 5 * K
InNat(v) == v \in Nat
====
