---- MODULE TPrintAsm ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
C == PrintT("c")
ASSUME PrintT("asm")
Init == x = 0
Next == x' = x
====
