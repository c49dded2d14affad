---- MODULE WPlusOver ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 2147483647 + 1
====
