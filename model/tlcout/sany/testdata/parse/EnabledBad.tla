---- MODULE EnabledBad ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Foo == ENABLED
Next == x' = x
====
