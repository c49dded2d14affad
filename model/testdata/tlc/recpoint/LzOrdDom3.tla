---- MODULE LzOrdDom3 ----
EXTENDS Naturals, TLC
VARIABLE x
G(v) == [i \in 0..2 |-> [j \in 0..2 |-> [k \in 0..(v \div j) |-> k]]]
Init == x = G(6)[1][0][IF Assert(FALSE, "b") THEN 1 ELSE 1]
Next == UNCHANGED x
====
