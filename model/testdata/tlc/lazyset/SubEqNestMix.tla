---- MODULE SubEqNestMix ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == {{1,"a"}} \subseteq {{1,"a"}}
====
