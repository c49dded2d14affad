---- MODULE SL2 ----
EXTENDS Naturals
CONSTANT P
VARIABLES pc, n
vars == <<pc, n>>
Init == pc = [p \in P |-> "idle"] /\ n = 0
Try(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "wait"] /\ UNCHANGED n
Enter(p) == pc[p] = "wait" /\ \A q \in P : pc[q] # "cs" /\ pc' = [pc EXCEPT ![p] = "cs"] /\ n' = (n + 1) % 3
Leave(p) == pc[p] = "cs" /\ pc' = [pc EXCEPT ![p] = "idle"] /\ UNCHANGED n
Next == \E p \in P : Try(p) \/ Enter(p) \/ Leave(p)
Spec == Init /\ [][Next]_vars
SpecWF == Spec /\ \A p \in P : WF_vars(Leave(p)) /\ WF_vars(Enter(p))
SpecSF == Spec /\ \A p \in P : WF_vars(Leave(p)) /\ SF_vars(Enter(p))
Starve == \A p \in P : pc[p] = "wait" ~> pc[p] = "cs"
Some == []<>(\E p \in P : pc[p] = "cs")
Calm == <>[](n = 0)
Ev == <>(n = 2)
Inv == [](n < 3)
====
