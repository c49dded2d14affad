---- MODULE PrefixDefBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
-. ==
Init == x = 0
====
