---- MODULE PrInst6 ----
\* An instance substituting a variable: I!D constant, evaluated once.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIV WITH y <- x
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 3 /\ I!D /\ I!G
====
