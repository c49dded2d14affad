---- MODULE Asm ----
EXTENDS Naturals
VARIABLE x
ASSUME 1[2] = 3
Init == x = 0
Next == x' = x
====
