---- MODULE LeadsStutter ----
\* No fairness: x = 1 ~> x = 3 is violated by stuttering at x = 2, the last
\* state before x = 3, which TLC's search finishes first; TLC warns that
\* Spec has no fairness (2259).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
Prop == [](x = 1 => <>(x = 3))
====
