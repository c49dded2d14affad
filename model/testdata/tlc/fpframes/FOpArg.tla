---- MODULE FOpArg ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
F(s) == s \cap {[a |-> 1]}
Init == x = 0 /\ PrintT(F({<<1>>, <<2>>}))
Next == UNCHANGED x
====
