---- MODULE PrimeRun ----
EXTENDS Naturals
VARIABLE x, y
Init == x = 0 /\ y = 0
Next == x' = (x + 1) % 3 /\ y' = y
CP == x' >= x
Up == y' = y
CDef == x < 5 /\ Up
VP == x'
VPair == <<x, (y + 1)'>>
IA == x' = 0 /\ y = 0
IB == x = 0 /\ y' = 0
CU == UNCHANGED x
IU == x = 0 /\ y = 0 /\ UNCHANGED y
====
