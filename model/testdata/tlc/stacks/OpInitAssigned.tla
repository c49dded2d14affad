---- MODULE OpInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Inj(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b
Init == x = 0 /\ Inj(3)
Next == UNCHANGED x
====
