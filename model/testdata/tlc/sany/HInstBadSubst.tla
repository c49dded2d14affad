---- MODULE HInstBadSubst ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE HInstM WITH zz <- 1
Init == x = 0
Next == x' = x
====
