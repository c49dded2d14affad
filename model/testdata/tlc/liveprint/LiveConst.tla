---- MODULE LiveConst ----
\* Constant-level parts of temporal properties (model/liveconst.go):
\* TLC evaluates them while it builds its liveness problem, and folds them.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
R(a) == PrintT(a)
P1 == PrintT("c") /\ []<>(x = 1)
P2 == <>[](TRUE /\ PrintT("k"))
P3 == [](PrintT("a") => <>(x = 2))
P4 == PrintT("t") ~> (x = 1)
P5 == [](R("r") => <>(x = 2))
P6 == []((PrintT("a1") /\ PrintT("b1")) => <>(x = 2))
P7 == []((x = 1 /\ PrintT("s")) => <>(x = 2))
P8 == []((\A i \in {1, 2} : PrintT(i)) => <>(x = 2))
P9 == <>[](IF PrintT("i") THEN TRUE ELSE x = 1)
P10 == [](LET a == PrintT("l") IN (a /\ TRUE) => <>(x = 2))
P11 == []((LET c == PrintT("n") IN c) => <>(x = 2))
====
