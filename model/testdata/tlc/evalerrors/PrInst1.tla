---- MODULE PrInst1 ----
\* Printing definitions of an instantiated module without parameters: on its own, then I!Op in reverse, values at use.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrIM
Init == x = 0 /\ I!D
Next == x' = (x + 1) % 3 /\ I!D
====
