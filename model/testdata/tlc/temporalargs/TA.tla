---- MODULE TA ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
I == INSTANCE TAInner WITH y <- x
Id(a) == a
Al(a) == []a
K(a) == ENABLED (x' = 1) /\ a
Both(a, b) == a /\ b
Apply(Op(_), v) == Op(v)
Twice(Op(_), v) == Apply(Op, v) /\ Op(v)
Ev(v) == <>(x = v)
AllEv(S) == \A i \in S : <>(x = i)
Fair(A) == WF_x(A)
StrongFair(A) == SF_x(A)
Low(v) == v > 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
SpecFair == Init /\ [][Next]_x /\ Fair(Next)
\* Accepted: TLC's SpecProcessor looks through the applications.
IdOk == Id(<>(x = 1))
IdNest == Id(Id([]<>(x = 2)))
IdInv == Id([](x = 1))
EnOk == K([]<>(x = 1))
EnFail == K(<>(x = 5))
LamOk == Apply(LAMBDA v : []<>(x = v), 1)
LamFail == Apply(LAMBDA v : []<>(x = v), 7)
LamInv == Apply(LAMBDA v : [](x < v), 2)
NamedOp == Apply(Ev, 2)
PassedOn == Twice(LAMBDA v : <>(x = v), 1)
InstOk == I!Hold(I!Step, 1)
InstFail == I!Hold(I!Step, 4)
InstInv == I!Inv
LetArg == LET F(a) == a IN F(<>[](x = 1))
LetInv == LET G == [](x < 2) IN G
Multi == Both(<>(x = 1), []<>(x = 2))
FairOk == Fair(Next)
FairFail == StrongFair(x' = 7)
ForallOk == \A i \in {1, 2} : Id(<>(x = i))
ForallFail == AllEv({0, 3})
InitOp == Low(x)
Live == []<>(x = 2)
\* Refused: TLC's liveness checker cannot handle these.
AlArg == Al(<>(x = 1))
IdOr == Id(<>(x = 1)) \/ FALSE
ForallOr == (\A i \in {1, 2} : Al(<>(x = i))) \/ FALSE
ExistsOp == \E i \in 0..2 : Id([](x = i))
Equiv == <>(x = 1) <=> <>(x = 2)
StateSet == \A i \in 0..x : <>(x = i)
Unbounded == \A i : <>(x = i)
InstEv == I!Ev([](x = 0))
====
