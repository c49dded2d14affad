---- MODULE RdStdNameArity ----
EXTENDS Sequences, RdLen2
VARIABLE x
Init == x = Len(<<1>>)
Next == UNCHANGED x
Inv == x = 42
====
