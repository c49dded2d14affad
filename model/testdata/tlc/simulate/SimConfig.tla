---- MODULE SimConfig ----
\* TLCGet("config") while simulating is TLC's simulator's record: mode
\* "simulate", the -seed, num= as traces, -depth, -aril, sched "random"
\* (its install, TLC's jar, is left out: wspcycle's is "wspcycle").
EXTENDS Naturals, TLC
C == TLCGet("config")
ASSUME PrintT(<<C.mode, C.seed, C.worker, C.traces, C.depth, C.aril, C.sched, C.deadlock, DOMAIN C>>)
VARIABLE x
Init == x = 0
Next == x' = 1 - x
====
