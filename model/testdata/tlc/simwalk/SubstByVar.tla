---- MODULE SubstByVar ----
\* C <- v with v a variable: TLC's undefined identifier.
EXTENDS Naturals
CONSTANT Ldr
VARIABLE x, y
Init == x = 1 /\ y = Ldr
Next == UNCHANGED <<x, y>>
====
