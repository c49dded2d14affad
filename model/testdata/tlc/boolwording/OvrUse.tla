---- MODULE OvrUse ----
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT K
I == INSTANCE OvrM
Over == IF PrintT("over") THEN 5 ELSE 6
Over2 == PrintT("over2")
Init == x = 0 /\ PrintT("init") /\ I!D
Next == x' = (x + 1) % 2 /\ PrintT("next") /\ I!D
====
