---- MODULE PrInstNested ----
\* An instance of a module holding an instance: J!F, J!I!E, J!I!D in reverse order at load.
EXTENDS Naturals, TLC
VARIABLE x
J == INSTANCE PrM2
Init == x = 0 /\ J!I!D
Next == x' = (x + 1) % 2 /\ J!F
====
