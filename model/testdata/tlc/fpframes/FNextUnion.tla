---- MODULE FNextUnion ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = 0
Next == x' = x /\ PrintT(UNION {{<<1>>}, {[a |-> 1]}})
====
