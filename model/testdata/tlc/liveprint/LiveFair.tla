---- MODULE LiveFair ----
\* Fairness other than a WF/SF conjunct, and its prints (model/liveprints.go):
\* every evaluation from a state prints the same text, whatever the successor,
\* so that TLC's order of the successors does not show.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A(i) == PrintT(<<"A", x>>) /\ x' = (x + i) % 3
Next == \E i \in {1, 2} : A(i)
vars == x
SpecQ == Init /\ [][Next]_x /\ \A i \in {1, 2} : WF_x(A(i))
SpecSF == Init /\ [][Next]_x /\ \A i \in {1, 2} : SF_vars(A(i))
SpecAE == Init /\ [][Next]_x /\ []<><<A(1)>>_x
SpecEA == Init /\ [][Next]_x /\ WF_x(A(1)) /\ <>[](PrintT(<<"A", x>>) /\ x < 3)
P == []<>(PrintT(<<"A", x>>) /\ x < 3)
====
