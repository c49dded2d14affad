---- MODULE DStats ----
EXTENDS Naturals, TLC
VARIABLE x
St == LET s == TLCGet("stats") IN <<s.diameter, s.distinct, s.generated, s.queue, s.worker, s.initial>>
Init == x = 0
Next == /\ PrintT(<<"next", x, St, TLCGet("diameter"), TLCGet("distinct"), TLCGet("generated"), TLCGet("queue"), TLCGet("action")>>)
        /\ x' = (x + 1) % 3
Inv == PrintT(<<"inv", x, St, TLCGet("diameter")>>)
====
