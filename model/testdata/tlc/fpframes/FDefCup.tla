---- MODULE FDefCup ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == {<<1>>} \cup {[a |-> 1]}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
