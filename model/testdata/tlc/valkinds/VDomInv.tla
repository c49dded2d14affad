---- MODULE VDomInv ----
EXTENDS Naturals, TLC, Bags
VARIABLE x
Init == x = [i \in {1,2} |-> 0]
Next == x' = [x EXCEPT ![1] = 1 - @]
Inv1 == ToString(DOMAIN x) = "{1, 2}"
Inv2 == ToString(DOMAIN [i \in 1..2 |-> x[i]]) = "1..2"
Inv3 == ToString(BagToSet(SetToBag({1,2}) (+) SetToBag({2}))) = "{1, 2}"
====
