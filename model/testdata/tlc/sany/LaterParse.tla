---- MODULE LaterParse ----
EXTENDS Naturals, LaterParseB
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ x < 2
====
---- MODULE LaterParseB ----
Foo == 1 +
====
