---- MODULE RLConf ----
EXTENDS Naturals, TLC
VARIABLE x
ASSUME PrintT(TLCGet("config").sched)
Init == x = 0
Next == x' = (x + 1) % 3
====
