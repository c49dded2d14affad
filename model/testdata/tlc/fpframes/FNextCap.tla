---- MODULE FNextCap ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT({<<1>>, <<2>>} \cap {[a |-> 1]})
====
