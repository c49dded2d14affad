---- MODULE PrInst5 ----
\* A parametrised instance I(k): not evaluated at load, printed at each use.
EXTENDS Naturals, TLC
VARIABLE x
I(k) == INSTANCE PrIK WITH K <- k
Init == x = 0 /\ I(1)!D
Next == x' = (x + 1) % 3 /\ I(2)!D /\ I(1)!F
====
