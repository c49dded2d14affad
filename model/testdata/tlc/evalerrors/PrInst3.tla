---- MODULE PrInst3 ----
\* Two instances of one module: each instance evaluates its I!Op once.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIM
J == INSTANCE PrIM
Init == x = 0 /\ I!E
Next == x' = (x + 1) % 2 /\ J!E /\ I!D
====
