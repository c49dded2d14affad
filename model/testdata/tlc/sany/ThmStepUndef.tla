---- MODULE ThmStepUndef ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
THEOREM 1 = 1
<1>1. 1 = 1
  BY Undef2
<1>2. QED BY <1>3
====
