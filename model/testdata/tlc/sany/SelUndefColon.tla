---- MODULE SelUndefColon ----
EXTENDS Naturals
VARIABLE x
Foo == Init!:
Init == x = 0 /\ x = 0
Next == x' = x + 1 /\ x < 2
====
