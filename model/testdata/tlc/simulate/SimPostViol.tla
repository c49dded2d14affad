---- MODULE SimPostViol ----
\* A POSTCONDITION after a violation or an error: TLC's simulator still
\* evaluates it (TLCGet("stats") its own record), after the statistics.
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in 0..2
Next == x < 5 /\ x' = x + 1
NextErr == x' = IF x = 3 THEN 1 \div 0 ELSE x + 1
Inv == x < 4
InvInit == x > 0
Post == PrintT(<<"post", TLCGet("stats").traces, TLCGet("stats").generated>>) /\ FALSE
====
