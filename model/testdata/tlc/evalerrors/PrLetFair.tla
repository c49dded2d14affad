---- MODULE PrLetFair ----
\* A printing LET definition reading x' in an action under weak fairness: once per evaluation of the LET where TLC evaluates the action (Next, a step of a behaviour), at each use where it computes ENABLED (no LazyValue is cached there).
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == /\ x < 3
     /\ x' = x + 1
     /\ LET a == x' > x /\ PrintT(<<"a", x, x'>>)
        IN a /\ a
Next == A \/ (x = 3 /\ x' = 0)
Spec == Init /\ [][Next]_x /\ WF_x(A)
Prop == []<>(x = 0)
Inv == TRUE
====
