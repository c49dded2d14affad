---- MODULE SelUndefLast ----
EXTENDS Naturals
VARIABLE x
Foo == Bar!Baz!Op
Init == x = 0 /\ x = 0
Next == x' = x + 1 /\ x < 2
====
