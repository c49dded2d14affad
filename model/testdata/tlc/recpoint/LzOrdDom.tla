---- MODULE LzOrdDom ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
G(v) == [i \in 0..2 |-> [j \in 0..(v \div i) |-> j]]
Init == x = G(6)[0][IF Assert(FALSE, "b") THEN 1 ELSE 1]
Next == UNCHANGED x
====
