---- MODULE ProofPickNoColon ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM \E n \in Nat : n >= 0
<1>1. PICK n \in Nat n > 0
<1> QED
====
