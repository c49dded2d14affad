---- MODULE WConcatStr ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = "a" \o <<1>>
====
