---- MODULE StepAhead ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = IF x = Max THEN 0 ELSE x + 1
THEOREM T == TRUE
<1>1. TRUE BY <1>1, <1>2
<1>2. QED BY <1>1
THEOREM U == TRUE
<1>1. <1>2 = TRUE OBVIOUS
<1>2. QED BY <1>1
====
