---- MODULE RecSubsetNotMember ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ LET f[s \in SUBSET {1}] == 1 IN f[3] = 1
Next == UNCHANGED x
====
