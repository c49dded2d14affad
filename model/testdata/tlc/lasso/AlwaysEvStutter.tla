---- MODULE AlwaysEvStutter ----
\* []<>(x = 3) without fairness: stuttering at x = 2, the last state before
\* x = 3, which TLC's search finishes first.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 3 /\ x' = x + 1
        \/ x = 3 /\ x' = 0
Spec == Init /\ [][Next]_x
Prop == []<>(x = 3)
====
