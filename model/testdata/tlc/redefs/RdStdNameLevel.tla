---- MODULE RdStdNameLevel ----
EXTENDS Sequences, RdLenPrime
ASSUME Len(<<1>>) = 1
Init == x = 0
Next == x' = x
====
