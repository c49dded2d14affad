---- MODULE HInstParam ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
I(p) == INSTANCE HInstMod
Inv == I(1)!E /\ x < 10
====
