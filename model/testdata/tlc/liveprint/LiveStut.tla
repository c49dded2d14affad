---- MODULE LiveStut ----
\* No fairness: a behaviour may stutter forever in any state.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Stay == <>[](PrintT(<<"stay", x>>) /\ x = 0)
Hit == []<>(PrintT(<<"hit", x>>) /\ x < 2)
====
