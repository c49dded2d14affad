---- MODULE LiveConstErr ----
\* Constant-level parts of temporal properties that fail to evaluate:
\* TLC evaluates them while it builds its liveness problem and stops
\* there, before any search (TestTLCLiveConstErrGolden).
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Div == [](x < 3) \/ (1 \div 0 = 0)
Head0 == Head(<<>>) = 1 => <>(x = 5)
Choose == (CHOOSE v \in {} : TRUE) = 1 => <>(x = 5)
NotBool == (1 + 1) \/ <>(x = 5)
NotBoolSet == {1} => <>(x = 5)
====
