---- MODULE CovAppSteps ----
\* An application whose arguments an action's expansion reads, in a
\* conjunct that is itself a conjunction (Can(i, k) /\ ... on one bullet,
\* compiled first as the expression TLC evaluates once all is assigned):
\* its arguments count once per application (spanning's CanSend(i, k)).
EXTENDS Naturals
CONSTANT Proc
VARIABLE prnt, msg
Init == prnt = [i \in Proc |-> 0] /\ msg = {}
Can(i, j) == (i = 1 \/ j = 2)
Send(i) == \E k \in Proc: /\ Can(i, k) /\ (<<i, k>> \notin msg)
                          /\ msg' = msg \cup {<<i, k>>}
                          /\ UNCHANGED prnt
Next == \E i \in Proc: Send(i)
====
