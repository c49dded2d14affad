---- MODULE PrInstConst ----
\* An instance substituting a declared constant (K <- Z, Z = 5): constant, evaluated once.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
I == INSTANCE PrIK WITH K <- Z
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 2 /\ I!D
====
