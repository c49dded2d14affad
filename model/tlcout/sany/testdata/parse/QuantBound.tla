---- MODULE QuantBound ----
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x
A == \E i \in {x'} : [](x = i)
B == \A i \in {1}, j \in {x', 2} : <>(x = j)
C == \E i \in {x'} \cup {1} : <>(x = i)
====
