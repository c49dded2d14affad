---- MODULE RdStdNameInst ----
EXTENDS Sequences
VARIABLE x
INSTANCE RdLen42
Init == x = Len(<<1>>)
Next == UNCHANGED x
Inv == x = 42
====
