---- MODULE AsgConstParen ----
EXTENDS Naturals
VARIABLE a
M == INSTANCE CN WITH C <- (a)
N == INSTANCE CN WITH C <- a + 0
Init == M!Val = 1 /\ N!Val = 1
Next == UNCHANGED a
====
