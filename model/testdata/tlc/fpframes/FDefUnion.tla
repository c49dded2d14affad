---- MODULE FDefUnion ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

S == UNION {{<<1>>}, {[a |-> 1]}}
Init == x = 0 /\ PrintT(S)
Next == UNCHANGED x
====
