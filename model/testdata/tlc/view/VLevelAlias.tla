---- MODULE VLevelAlias ----
EXTENDS Naturals, TLC
VARIABLE x, y
Init == x = 0 /\ y = 0
A == x' = x + 1 /\ y' = y
B == y' = y + 1 /\ x' = x
Next == (x < 3 /\ A) \/ (y < 3 /\ B)
Inv == ~(x = 2 /\ y = 2)
Al == [x |-> x, y |-> y, l |-> TLCGet("level")]
Vw == <<TLCGet("level"), x, y>>
Live == <>(x = 5)
Spec == Init /\ [][Next]_<<x, y>>
====
