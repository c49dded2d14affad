---- MODULE RdStdNameFirst ----
EXTENDS Sequences, RdLen42
VARIABLE x
Init == x = Len(<<1>>)
Next == UNCHANGED x
Inv == x = 42
====
