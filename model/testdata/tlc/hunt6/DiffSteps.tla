---- MODULE DiffSteps ----
EXTENDS Naturals
CONSTANT K, Stop
VARIABLES x, y, z
vars == <<x, y, z>>
Init == x = 0 /\ y = 0 /\ z = 0
Step == /\ x + y + z < Stop
        /\ IF x = y /\ y = z THEN x' = x + 1 /\ UNCHANGED <<y, z>>
           ELSE IF x > y THEN y' = y + 1 /\ UNCHANGED <<x, z>>
           ELSE z' = z + 1 /\ UNCHANGED <<x, y>>
Next == Step
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
Inv == x + y + z < K
Mono == [][x + y + z < K]_vars
Live == <>(x > 100)
====
