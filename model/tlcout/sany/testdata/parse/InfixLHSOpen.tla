---- MODULE InfixLHSOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
a ++ b == (a
Init == x = 0
====
