---- MODULE DumpAl ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
Next2 == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Live == <>(x = 5)
Inv == x < 2
Alias == [y |-> x * 10, z |-> "a"]
====
