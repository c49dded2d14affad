---- MODULE PrReplInst ----
\* D <- [PrRB] Over2: I!D evaluates Over2 at the INSTANCE's place at load, which is then Over2's value; each use of I!D evaluates Over2 again.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT K
I == INSTANCE PrRB
Over == IF PrintT("over") THEN 5 ELSE 6
Over2 == PrintT("over2")
Init == x = 0 /\ PrintT("init") /\ I!D
Next == x' = (x + 1) % 2 /\ PrintT("next") /\ I!D
====
