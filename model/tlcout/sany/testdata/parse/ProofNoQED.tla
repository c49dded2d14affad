---- MODULE ProofNoQED ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM T == Max > 0
<1>1. Max > 0
  OBVIOUS
<1>2. (Max
  OBVIOUS
====
