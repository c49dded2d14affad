---- MODULE WAssertStr ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ Assert(x < 1, "boom")
====
