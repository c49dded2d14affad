---- MODULE CovFldAct ----
\* A record field as a conjunct of an action (A's p[i].alive) counts each
\* evaluation and each state generated through it; a function application
\* (ok[i]) only the states, as TLC's getNextStatesAppl evaluates f[x]'s
\* function and argument, not the application node.
EXTENDS Naturals
VARIABLES p, q
P == {1, 2}
ok == [i \in P |-> TRUE]
Init == /\ p = [i \in P |-> [alive |-> TRUE, n |-> 0]]
        /\ q = 0
A(i) == /\ p[i].alive
        /\ ok[i]
        /\ p[i].n < 2
        /\ p' = [p EXCEPT ![i].n = @ + 1]
        /\ UNCHANGED q
B == /\ q < 1
     /\ q' = q + 1
     /\ UNCHANGED p
Next == (\E i \in P : A(i)) \/ B
Spec == Init /\ [][Next]_<<p, q>>
====
