---- MODULE JsonRecOut ----
\* A record written with its fields out of TLC's order of strings (b after
\* a here) makes TLC's text of a record depend on how it was built (see
\* TestJsonRecordOrder).
EXTENDS Json, TLC
Dummy == [a |-> 0, b |-> 0]
R == [b |-> 1, a |-> 2]
ASSUME PrintT(ToJson([a |-> 1, b |-> 2]))
====
