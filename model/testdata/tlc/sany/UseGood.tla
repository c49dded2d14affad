---- MODULE UseGood ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
USE Init, x = 0 DEF Init
HIDE DEF Next
====
