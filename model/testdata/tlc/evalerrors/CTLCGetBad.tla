---- MODULE CTLCGetBad ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = TLCGet("nosuch")
Next == x' = x
====
