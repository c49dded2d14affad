---- MODULE KStrInInt ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x /\ "a" \notin Int
====
