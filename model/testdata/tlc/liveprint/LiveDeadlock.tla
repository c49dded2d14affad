---- MODULE LiveDeadlock ----
\* Deadlocked in x = 2: TLC adds the state to its liveness graph after it
\* printed the deadlock's trace, and what P prints comes after the trace.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1 /\ PrintT(<<"next", x>>)
P == PrintT(<<"p", x >= 0>>)
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>P
====
