---- MODULE SimLate ----
\* A behaviour of three states that stops (no deadlock check): x = 2
\* holds from its last state on, so Settles holds on it, but TLC's
\* simulator judges the last state's []<>~(x = 2) by the state before it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Settles == <>[](x = 2)
====
