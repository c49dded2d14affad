---- MODULE AsgConstErr ----
EXTENDS Naturals
VARIABLE a, b
M == INSTANCE CNV WITH C <- a, v <- b
Init == M!C = 1 /\ M!v = 2 /\ M!Nope = 3
Next == UNCHANGED <<a, b>>
====
