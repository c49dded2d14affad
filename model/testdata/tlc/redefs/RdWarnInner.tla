---- MODULE RdWarnInner ----
EXTENDS Naturals
VARIABLE x, v
Foo == LET I == INSTANCE Inner IN I!c
Init == x = 0 /\ v = 0
Next == x' = x /\ v' = v
====
---- MODULE Inner ----
VARIABLE v, v
c == v
====
