---- MODULE NestedProofOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
THEOREM Max > 0
<1>1. Max > 0
  <2>1. Max > (0
  <2> QED
<1> QED
====
