---- MODULE CovSubExInner ----
EXTENDS Naturals
CONSTANT Acc
VARIABLE x
Init == x = 0
Next == \E a \in Acc, b \in 0..1 : (\A c \in Acc \ {a} : c > b) /\ (x' = (x + a + b) % 3 \/ x' = (x + a) % 3)
Spec == Init /\ [][Next]_x
Inv == \A a \in Acc : x >= 0
====
