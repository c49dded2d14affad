---- MODULE StutterEnd ----
\* A behaviour that ends stuttering after some steps (no step is enabled at 3).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 5)
====
