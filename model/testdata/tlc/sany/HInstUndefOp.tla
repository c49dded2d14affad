---- MODULE HInstUndefOp ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE HInstM WITH C <- 1, Op <- Nope
Init == x = 0
Next == x' = x
====
