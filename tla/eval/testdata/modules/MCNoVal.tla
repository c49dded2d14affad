---- MODULE MCNoVal ----
\* C = [M] v: the cfg gives the definition NoVal of the instantiated
\* module Slots a value (the model value none), as tlaplus/Examples'
\* NanoBlockchain does; this module's own NoVal is untouched. TLC: x is
\* none, then 1; 2 distinct states, 1 + 2 = 3 generated, Inv holds.
EXTENDS Naturals
---- MODULE Slots ----
NoVal == CHOOSE v \in {0} : TRUE
Empty(v) == v = NoVal
====
S == INSTANCE Slots
NoVal == 7
VARIABLE x
Init == x = S!NoVal
Next == x' = IF S!Empty(x) THEN 1 ELSE x
Inv == NoVal = 7 /\ (x = S!NoVal \/ x = 1)
====
