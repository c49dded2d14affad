---- MODULE AsgConstUnnamed ----
EXTENDS Naturals
VARIABLE a
INSTANCE CN WITH C <- a
Init == Val = 1
Next == UNCHANGED Val
====
