---- MODULE LetAssign ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ LET t == <<1, 2>> IN x = t[3]
Next == UNCHANGED x
====
