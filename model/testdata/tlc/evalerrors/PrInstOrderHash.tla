---- MODULE PrInstOrderHash ----
\* I!Op in the order of the instantiated module's Hashtable, not the reverse of the order written: mid, qq, alpha, bb, zeta.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrUH WITH K <- 1
Init == x = 0
Next == x' = (x + 1) % 2
====
