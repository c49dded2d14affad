---- MODULE CovNameIM ----
\* The module CovNameInst and CovNameInstP instantiate: F as CovNameMod's.
EXTENDS Naturals, TLC
VARIABLE y
F == [i \in 1..3 |-> IF PrintT(<<"F", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + y ELSE 0]
G(n) == [i \in 1..3 |-> IF PrintT(<<"G", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + n ELSE 0]
====
