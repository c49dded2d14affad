---- MODULE JsonRec ----
\* Every record this spec builds lists its fields in TLC's order of strings
\* (a before b, as the lexer first meets them here), so TLC writes every
\* record's fields in that order (see TestJsonRecordOrder).
EXTENDS Json, TLC, Naturals
VARIABLE r
ASSUME PrintT(ToJson([a |-> 1, b |-> 2]))
ASSUME PrintT(ToJson({[a |-> 1, b |-> 2], [a |-> 0, b |-> 5]}))
ASSUME PrintT(ToJson([x \in {"b", "a"} |-> 1]))
ASSUME PrintT(ToJson([b : {1}, a : {2}]))
ASSUME PrintT(ToJson(<<[a |-> 1, b |-> <<[a |-> 2, b |-> 3]>>]>>))
ASSUME PrintT(ToJsonObject([a |-> "x", b |-> {"b", "a"}]))
Init == r = [a |-> 1, b |-> 2]
Next == /\ r' = [r EXCEPT !.b = r.b + 1]
        /\ r.b < 3
        /\ PrintT(ToJson(r'))
====
