---- MODULE BangBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
I == INSTANCE Naturals
Init == x = I!
Next == x' = x
====
