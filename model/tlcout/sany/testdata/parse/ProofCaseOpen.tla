---- MODULE ProofCaseOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM Max > 0
<1>1. CASE (Max > 0
<1> QED
====
