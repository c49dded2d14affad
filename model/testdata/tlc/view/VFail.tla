---- MODULE VFail ----
EXTENDS Naturals
VARIABLES x, t
Init == x = 0 /\ t = 0
Next == x' = x + 1 /\ t' = t + 2
View == <<x, "v">>
Inv == x < 3
====
