---- MODULE InstLvOpName ----
EXTENDS Naturals
VARIABLE y
MyStep(v) == y' = v
I == INSTANCE M WITH Step <- MyStep
Init == y = 0
Next == y < 3 /\ I!Next
====
