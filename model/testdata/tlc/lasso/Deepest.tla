---- MODULE Deepest ----
\* No fairness: every state where x /= 3 may stutter forever, and the one
\* TLC stutters at is the last before x = 3, the first its search finishes.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Prop == <>(x = 3)
====
