---- MODULE InstLvConstMod ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE K3 WITH K <- x
Init == x = 1
Next == x < 3 /\ x' = I!Foo
====
