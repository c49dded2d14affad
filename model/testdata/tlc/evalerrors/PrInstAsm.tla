---- MODULE PrInstAsm ----
\* I!D (K <- 3) in an ASSUME and in Next: a value from load.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIK WITH K <- 3
ASSUME I!D
Init == x = 0
Next == x' = (x + 1) % 2 /\ I!D
====
