---- MODULE DumpAm ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Live == <>(x = 5)
P0 == x > 0
Nope == x > 5 /\ x' = x
Alias == [y |-> x * 10]
====
