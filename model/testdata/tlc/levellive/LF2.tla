---- MODULE LF2 ----
EXTENDS LiveFail, TLC
S(l) == CASE l = 1 -> [req |-> FALSE, served |-> FALSE, busy |-> FALSE]
          [] l = 2 -> [req |-> TRUE, served |-> FALSE, busy |-> FALSE]
          [] l = 3 -> [req |-> TRUE, served |-> FALSE, busy |-> TRUE]
Cons == TLCGet("level") <= 3 => (req = S(TLCGet("level")).req /\ served = S(TLCGet("level")).served /\ busy = S(TLCGet("level")).busy)
View == IF TLCGet("level") <= 3 THEN <<TLCGet("level"), vars>> ELSE <<2, vars>>
====
