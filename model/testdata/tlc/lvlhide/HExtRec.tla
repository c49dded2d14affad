---- MODULE HExtRec ----
EXTENDS Naturals, TLC, HRecMod
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 5
D == R(LAMBDA v : TLCGet("level"), 1) < 3
Inv == D /\ x < 10
====
