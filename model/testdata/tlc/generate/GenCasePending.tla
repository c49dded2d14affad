---- MODULE GenCasePending ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3 /\ CASE x = 0 -> x' = 1 [] OTHER -> TRUE
====
