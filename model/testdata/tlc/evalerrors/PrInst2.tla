---- MODULE PrInst2 ----
\* An instance with a substitution (K <- 7): I!F, I!D evaluated once at load, in reverse order.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIK WITH K <- 7
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 3 /\ I!D /\ I!F
====
