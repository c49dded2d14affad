---- MODULE JsonRecCombine ----
\* f @@ g holds g's keys after f's (see TestJsonRecordOrder).
EXTENDS Json, TLC
ASSUME PrintT(ToJson([b |-> 1] @@ [a |-> 2]))
====
