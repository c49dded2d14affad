---- MODULE ThmNewUndef ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
THEOREM ThmNewUndef == ASSUME NEW y, y = 1 PROVE y = 1
<1>1. y + Q = 1 OBVIOUS
<1>2. QED OBVIOUS
====
