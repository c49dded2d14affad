---- MODULE FDefNextCap ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == {<<1>>, <<2>>} \cap {[a |-> 1]}
Init == x = 0
Next == x' = x /\ PrintT(S)
====
