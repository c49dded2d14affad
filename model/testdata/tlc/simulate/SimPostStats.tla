---- MODULE SimPostStats ----
\* TLCGet("stats") of TLC's simulator in a POSTCONDITION: its actions
\* are an empty record, which TLC prints [].
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in 0..2
Next == x < 5 /\ x' = x + 1
Post == PrintT(<<"post", TLCGet("stats").actions, TLCGet("stats").traces>>)
====
