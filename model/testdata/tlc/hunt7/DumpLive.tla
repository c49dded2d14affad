---- MODULE DumpLive ----
\* With a temporal property, TLC's -dump writes each state again once
\* expanded (its stuttering step in the behaviour graph), after its new
\* successors and before the deadlock of x = 3 is reported.
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 3)
====
