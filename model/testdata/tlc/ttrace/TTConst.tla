---- MODULE TTConst ----
EXTENDS Naturals, Sequences
CONSTANTS Procs, N, Nil
VARIABLES pc, q, msg
Init == pc = [p \in Procs |-> "idle"] /\ q = <<>> /\ msg = Nil
Next == \E p \in Procs : /\ pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "busy"] /\ q' = Append(q, p) /\ msg' = "say \"hi\"\n"
Inv == Len(q) < N
====
