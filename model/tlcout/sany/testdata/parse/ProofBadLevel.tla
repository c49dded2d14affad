---- MODULE ProofBadLevel ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM Max > 0
<1>1. Max > 0
  OBVIOUS
<2>1. QED
====
