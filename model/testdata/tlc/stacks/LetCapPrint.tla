---- MODULE LetCapPrint ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ LET s == {<<1>>, <<2>>} IN PrintT(s \cap {[a |-> 1]})
Next == UNCHANGED x
====
