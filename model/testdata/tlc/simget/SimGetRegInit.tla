---- MODULE SimGetRegInit ----
\* TLCGet(1) undefined in the initial predicate under -simulate: the
\* Java method's failure nested in TLC's 1000.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ PrintT(TLCGet(1))
Next == x' = x + 1
====
