---- MODULE PrInst8 ----
\* K <- x: I!D is state-level (printed at each use), I!F constant (once).
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIK WITH K <- x
Init == x = 0 /\ I!F
Next == x' = (x + 1) % 3 /\ I!D
====
