---- MODULE HSel2 ----
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ x = 0
Next == x' = x
A == Init!3
B == Init!1
====
