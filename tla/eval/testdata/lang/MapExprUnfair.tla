---- MODULE MapExprUnfair ----
\* MapExpr without fairness: the behaviour that stutters at y = 0 forever
\* is not a fair behaviour of MapBase (A stays enabled, x = 0 < 2).
EXTENDS Naturals
VARIABLE y
Init == y = 0
Next == y < 4 /\ y' = y + 2
Unfair == Init /\ [][Next]_y
B == INSTANCE MapBase WITH x <- y \div 2, z <- 0
Refines == B!Spec
====
