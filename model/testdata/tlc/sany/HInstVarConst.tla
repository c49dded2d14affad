---- MODULE HInstVarConst ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE HInstM WITH C <- x
Init == x = 0
Next == x' = x
====
