---- MODULE SymLeads ----
\* Two workers, symmetric: each goes busy and comes back, Back weakly fair.
\* Under SYMMETRY a step reaches a permutation of its orbit's first state:
\* TLC checks the tableau of st[w] = "busy" ~> st[w] = "idle" against the
\* state the step reaches, and finds no violation.
EXTENDS TLC
CONSTANT W
VARIABLE st
Init == st = [w \in W |-> "idle"]
Go(w) == st[w] = "idle" /\ st' = [st EXCEPT ![w] = "busy"]
Back(w) == st[w] = "busy" /\ st' = [st EXCEPT ![w] = "idle"]
Next == \E w \in W : Go(w) \/ Back(w)
Spec == Init /\ [][Next]_st /\ \A w \in W : WF_st(Back(w))
Returns == \A w \in W : st[w] = "busy" ~> st[w] = "idle"
Perms == Permutations(W)
====
