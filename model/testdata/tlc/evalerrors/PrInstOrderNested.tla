---- MODULE PrInstOrderNested ----
\* I!Op in the order of the instantiated module's Hashtable: J2!H, J2!G, C, B, A, J1!E, J1!D.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrUM4 WITH K <- 1
Init == x = 0 /\ I!A /\ I!J1!E
Next == x' = (x + 1) % 2
====
