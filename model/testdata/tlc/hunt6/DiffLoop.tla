---- MODULE DiffLoop ----
EXTENDS Naturals
CONSTANT K, Stop, E
VARIABLES x, y, z
vars == <<x, y, z>>
Init == x = 0 /\ y = 0 /\ z = 0
Step == /\ x + y + z < Stop
        /\ IF x + y + z = E THEN 1 \div 0 = 1 ELSE TRUE
        /\ IF x = y /\ y = z THEN x' = x + 1 /\ UNCHANGED <<y, z>>
           ELSE IF x > y THEN y' = y + 1 /\ UNCHANGED <<x, z>>
           ELSE z' = z + 1 /\ UNCHANGED <<x, y>>
Back == x + y + z = Stop /\ x' = 0 /\ y' = 1 /\ UNCHANGED z
Next == Step \/ Back
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
Inv == x + y + z < K
Live == <>(x > 100)
====
