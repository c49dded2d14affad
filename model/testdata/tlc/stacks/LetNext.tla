---- MODULE LetNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 /\ LET t == <<1, 2>> IN t[3] = 1
====
