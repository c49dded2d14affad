---- MODULE LiveDot ----
\* -dump dot with a temporal property checked without a tableau: TLC
\* writes its behaviour graph to FILE_liveness.dot too.
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
A == x < 3 /\ x' = x + 1 /\ y' = y
B == x < 2 /\ x' = x + 2 /\ y' = 1 - y
C == x = 3 /\ UNCHANGED <<x, y>>
Next == A \/ B \/ C
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
Prop == []<>(x >= 2)
Alias == [x |-> x, lvl |-> TLCGet("level")]
====
