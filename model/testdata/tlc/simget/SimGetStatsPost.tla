---- MODULE SimGetStatsPost ----
\* TLCGet("stats") in Next and in the POSTCONDITION under -simulate:
\* the moments of the lengths of the behaviours done so far, and after
\* the run the last behaviour's number.
EXTENDS Naturals, TLC
VARIABLES x
\* The record without its duration, which depends on the machine.
St == LET s == TLCGet("stats") IN [f \in DOMAIN s \ {"duration"} |-> s[f]]
Init == x = 0
Next == /\ x < 8
        /\ PrintT(<<TLCGet("stats").levelmean, TLCGet("stats").levelvariance, TLCGet("stats").traces>>)
        /\ x' \in {x + 1, x + 3, 20}
Post == PrintT(<<"post", St>>)
====
