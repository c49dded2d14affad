---- MODULE Stay ----
\* <>(x = 1) fails as the only state, x = 0, stutters forever (Next is never
\* enabled): TLC's counterexample is one state and its stuttering step,
\* which TLC records as an "UnnamedAction" of its built-in module.
VARIABLE x
Init == x = 0
Next == x = 5 /\ x' = 6
Spec == Init /\ [][Next]_x
Prop == <>(x = 1)
====
