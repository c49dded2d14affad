---- MODULE Wide ----
EXTENDS Naturals
VARIABLE sock, n
Init == /\ sock = [s \in 1..6 |-> [a |-> "open", b |-> <<1, 2, 3>>, c |-> "graceful"]]
        /\ n = 0
Next == /\ n < 2 /\ n' = n + 1 /\ UNCHANGED sock
Inv == n < 2
====
