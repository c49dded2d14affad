---- MODULE ChooseNoBound ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = CHOOSE i : 
Next == x' = x
====
