---- MODULE InfixDefNoRhs ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
a ++ b ==
Init == x = 0
====
