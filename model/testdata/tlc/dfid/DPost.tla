---- MODULE DPost ----
\* A POSTCONDITION (in the cfg, or -postCondition PM!PC): TLC's
\* depth-first mode never evaluates it.
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Post == PrintT(<<"post", TLCGet("stats").distinct>>) /\ FALSE
====
