---- MODULE Odd ----
EXTENDS Naturals
CONSTANT K
VARIABLE x
Init == x = 0
Init2 == x = 1
Next == x < 2 /\ x' = x + 1
Inv == x < 5
PAct == x' = x + 1
CPrime == x' > 0
Spec == Init
VPrime == x'
InvT == [](x < 5)
InvMix == x < 5 /\ [](x < 5)
====
