---- MODULE SubstByConst ----
\* C <- K with K a declared constant whose value is a model value.
EXTENDS Naturals
CONSTANT Ldr, Procs
CONSTANTS L, P1
VARIABLE x
Init == x = Ldr
Next == x' = x
Inv == x \in Procs /\ x # L
====
