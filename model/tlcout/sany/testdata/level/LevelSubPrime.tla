---- MODULE LevelSubPrime ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_(x') /\ WF_(x')(Next)
Q == <><<Next>>_(x')
====
