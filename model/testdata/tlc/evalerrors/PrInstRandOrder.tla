---- MODULE PrInstRandOrder ----
\* I!Op that draw, drawn at load in the order of the instantiated module's Hashtable (Mid, Alpha, Bb, Zeta), not the reverse of the order written.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrUR WITH K <- 1
Init == x = 0 /\ PrintT(<<I!Zeta, I!Alpha, I!Mid, I!Bb>>)
Next == x' = (x + 1) % 2
====
