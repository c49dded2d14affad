---- MODULE SimGetStatsNext ----
\* TLCGet("stats") in Next under -simulate: the behaviour being
\* generated (its number, the actions of its steps so far), the states
\* generated, the lengths' moments of the behaviours done.
EXTENDS Naturals, TLC
VARIABLE x
\* The record without its duration, which depends on the machine.
St == LET s == TLCGet("stats") IN [f \in DOMAIN s \ {"duration"} |-> s[f]]
Init == x = 0
Next == /\ PrintT(<<"stats", St>>)
        /\ x' = x + 1
====
