---- MODULE HInstUse ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
I == INSTANCE HInstMod
Inv == I!E /\ x < 10
====
