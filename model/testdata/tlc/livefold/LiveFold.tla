---- MODULE LiveFold ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
c == 1
C == FALSE
S == {1, 2}
\* TLC folds a constant inside /\, \/ and ~ only: []TRUE stays a node.
FoldOr == [](c < 5 \/ <>(x = 1))
FoldImp == [](c > 5 => <>(x = 1))
FoldTwo == []<>(x = 1) /\ []((c > 5) => <>(x = 1))
FoldLeads == FALSE ~> (x = 0)
FoldForall == \A i \in {0, 1, 2} : (i = 1) ~> (x = i)
FoldExists == \E i \in S : [](i > 1 => <>(x = i))
\* Negations that fold to FALSE: TLC's tautology error.
TautImp == (c > 5) => <>(x = 1)
TautFalse == C => <>(x = 7)
TautTwo == /\ (c > 5) => <>(x = 1)
           /\ C => []<>(x = 2)
====
