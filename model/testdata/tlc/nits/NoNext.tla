---- MODULE NoNext ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
SpecNoNext == Init
SpecNoBox == Init /\ [Next]_x
SpecLab == Init /\ lab :: [][Next]_x
Inv == x < 5
PParam(a) == x < a
T == TRUE
PFalse == FALSE
Sym == 3
CPrime == x' > 0
VPrime == x'
AEv == <>(x = 1)
SpecTwo == Init /\ [][Next]_x /\ [][x' = x]_x
SpecOnlyBox == [][Next]_x
====
