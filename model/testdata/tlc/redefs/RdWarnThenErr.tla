---- MODULE RdWarnThenErr ----
EXTENDS RdWB, Naturals
VARIABLE v
Foo == 7
INSTANCE RdWM
Init == v = 0
Next == v' = v
====
