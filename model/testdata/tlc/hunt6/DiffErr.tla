---- MODULE DiffErr ----
EXTENDS Naturals
CONSTANT E
VARIABLES x, y, z
vars == <<x, y, z>>
Init == x = 0 /\ y = 0 /\ z = 0
Next == /\ x + y + z < 20
        /\ IF x = y /\ y = z THEN x' = x + 1 /\ UNCHANGED <<y, z>>
           ELSE IF x > y THEN y' = y + 1 /\ UNCHANGED <<x, z>>
           ELSE z' = z + 1 /\ UNCHANGED <<x, y>>
Inv == IF x + y + z = E THEN 1 \div 0 = 1 ELSE TRUE
Constr == IF x + y + z = E THEN 1 \div 0 = 1 ELSE TRUE
ActConstr == IF x' + y' + z' = E THEN 1 \div 0 = 1 ELSE TRUE
Act == [][IF x' + y' + z' = E THEN 1 \div 0 = 1 ELSE TRUE]_vars
====
