---- MODULE LetInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ LET t == <<1, 2>> IN t[3] = 1
Next == UNCHANGED x
====
