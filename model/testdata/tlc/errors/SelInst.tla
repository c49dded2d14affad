---- MODULE SelInst ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
I == INSTANCE Naturals
Init == x = 0 /\ I!:
Next == x' = IF x = Max THEN 0 ELSE x + I!2
====
