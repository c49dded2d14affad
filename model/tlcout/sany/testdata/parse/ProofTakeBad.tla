---- MODULE ProofTakeBad ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM \A n \in Nat : n >= 0
<1>1. TAKE 1
<1> QED
====
