---- MODULE ArgRegister ----
EXTENDS Naturals, TLC
VARIABLE x
Twice(a) == a + a
ASSUME TLCSet(1, 0)
Init == x = 0
Next == x' = Twice(IF TLCSet(1, TLCGet(1) + 1) THEN TLCGet(1) ELSE 0) % 5
====
