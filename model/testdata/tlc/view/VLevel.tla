---- MODULE VLevel ----
EXTENDS Naturals, TLC
VARIABLE x, y
Init == x = 0 /\ y = 0
A == x' = x + 1 /\ y' = y
B == y' = y + 1 /\ x' = x
Next == (x < 3 /\ A) \/ (y < 3 /\ B)
Inv == ~(x = 2 /\ y = 2)
Vw == <<TLCGet("level"), x, y>>
====
