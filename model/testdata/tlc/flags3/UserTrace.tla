---- MODULE UserTrace ----
EXTENDS Naturals, TLC
VARIABLE x
ASSUME PrintT("assume")
Init == x = 0 /\ PrintT(<<"init", x>>)
Next == x < 2 /\ x' = x + 1 /\ Print(x, TRUE)
Inv == x < 2
====
