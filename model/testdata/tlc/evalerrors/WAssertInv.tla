---- MODULE WAssertInv ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == Assert(x < 1, "inv boom")
====
