---- MODULE SimGetStatsInit ----
\* TLCGet("stats") in the initial predicate under -simulate: nothing
\* counted yet, the behaviour's actions an empty record, printed [].
EXTENDS Naturals, TLC
VARIABLE x
\* The record without its duration, which depends on the machine.
St == LET s == TLCGet("stats") IN [f \in DOMAIN s \ {"duration"} |-> s[f]]
Init == x = 0 /\ PrintT(<<"init", St>>)
Next == x' = x + 1
====
