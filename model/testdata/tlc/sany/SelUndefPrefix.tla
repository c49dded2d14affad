---- MODULE SelUndefPrefix ----
EXTENDS Naturals
VARIABLE x
Foo == Init!1
Init == x = 0 /\ x = 0
Next == x' = x + 1 /\ x < 2
====
