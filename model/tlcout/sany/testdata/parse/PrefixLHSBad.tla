---- MODULE PrefixLHSBad ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
-. a == (a
Init == x = 0
====
