---- MODULE IOSerDef ----
EXTENDS Naturals, Sequences, IOUtils, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 1
Alias == [x |-> x, f |-> IOSerialize(x, "f.bin", FALSE)]
====
