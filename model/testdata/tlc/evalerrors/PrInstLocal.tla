---- MODULE PrInstLocal ----
\* A LOCAL instance definition: evaluated at load as any other.
EXTENDS Naturals, TLC
VARIABLE x
LOCAL I == INSTANCE PrIM
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 2 /\ I!E
====
