---- MODULE ImpOnce1 ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x \in {0, 1} /\ (x = 0 => PrintT(<<"hi", x>>))
Next == x' = x
====
