---- MODULE DContProp ----
\* An initial state violating an implied init: -continue still stops.
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 5}
Next == x < 7 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Inv == x # 1
Small == x < 5
====
