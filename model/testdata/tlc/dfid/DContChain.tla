---- MODULE DContChain ----
\* A chain whose states x = 2 and x = 5 violate Inv, and whose steps
\* into x = 3 violate the action property Small (-continue goes on after
\* each; a successor violating Inv skips the action property).
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x < 6 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Inv == x % 3 # 2
Small == [][x' # 3 /\ x' # 5]_x
====
