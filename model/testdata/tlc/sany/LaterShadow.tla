---- MODULE LaterShadow ----
EXTENDS Naturals, LaterShadowB
VARIABLE x
Init == x = Foo
Next == x' = x + 1 /\ x < 2
====
---- MODULE LaterShadowB ----
Foo == 1
====
