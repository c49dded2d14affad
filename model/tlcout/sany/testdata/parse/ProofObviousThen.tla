---- MODULE ProofObviousThen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM Max > 0
OBVIOUS x
====
