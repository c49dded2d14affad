---- MODULE SimNested ----
EXTENDS Naturals
CONSTANTS Procs
VARIABLES pc, n
Init == pc = [p \in Procs |-> "idle"] /\ n = 0
Start(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "busy"] /\ n' \in {n, n + 1}
Stop(p) == pc[p] = "busy" /\ pc' = [pc EXCEPT ![p] = "idle"] /\ UNCHANGED n
Swap(p, q) == p # q /\ pc[p] # pc[q] /\ pc' = [pc EXCEPT ![p] = pc[q], ![q] = pc[p]] /\ UNCHANGED n
Pick == \E k \in 0..n : n > 2 /\ n' = k /\ UNCHANGED pc
Next == (\E p \in Procs : Start(p) \/ Stop(p)) \/ (\E p, q \in Procs : Swap(p, q)) \/ Pick
Bound == n < 6
====
