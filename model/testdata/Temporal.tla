---- MODULE Temporal ----
\* Temporal properties of every form TLC's liveness checker handles, on a
\* small cycle: x counts 0..3, then Reset sets x to 0 and flips y. The
\* verdicts TLC gives for each SPECIFICATION and PROPERTY are in
\* temporal_test.go.
EXTENDS Naturals
VARIABLE x, y
vars == <<x, y>>
Init == x = 0
Init2 == y = 0
IncX == x < 3 /\ x' = x + 1 /\ UNCHANGED y
Reset == x = 3 /\ x' = 0 /\ y' = 1 - y
Next == IncX \/ Reset
\* Two initial predicate conjuncts, and fairness of several forms.
Spec == Init /\ Init2 /\ [][Next]_vars /\ WF_vars(Next)
SpecNoFair == Init /\ Init2 /\ [][Next]_vars
SpecAE == Init /\ Init2 /\ [][Next]_vars /\ []<><<Reset>>_vars
SpecEx == Init /\ Init2 /\ [][Next]_vars /\ \A v \in {0, 1} : []<>(y = v)
P1 == [](x = 3 => [](x > 0))
P2 == [](y = 1 => <>(x = 3))
P3 == []<><<Reset>>_vars
P4 == <>[][IncX]_vars
P5 == \A v \in {0,1} : <>(y = v)
P6 == \E v \in {0,1} : [](y = v)
P7 == x = 0 => []<>(x = 3)
P8 == IF 1 = 1 THEN <>(x = 2) ELSE [](x = 0)
P9 == [](ENABLED Reset => <>(x = 0))
P10 == <>[](x = 0 /\ y = 0)
P11 == [](x = 1 => <>[](x = 1))
P12 == <>(x = 1 /\ [][IncX]_vars)
P13 == <>[](x # 5) /\ []<>(y = 1)
P14 == WF_vars(Reset)
P15 == SF_vars(IncX /\ y = 1)
P16 == []<>(x = 2 /\ ~ENABLED Reset) \/ <>[](y = 0)
P17 == (x = 0) ~> []<>(y = 1)
P18 == <>[](ENABLED Reset)
P19 == <>(~ENABLED Reset)
P20 == <>[](y = 0) \/ []<>(x = 2 /\ ~ENABLED Reset)
\* More formulas, checked under Spec and SpecNoFair only.
P21 == []<>(x = 1) => []<>(y = 1)
P22 == <>[](x < 3) \/ []<>(x = 3 /\ y = 1)
P23 == ~[](x < 3)
P24 == [](x = 0 => <>(x = 3 /\ <>(x = 0)))
P25 == <>(x = 3 /\ <>[](x # 3))
P26 == \E v \in {0,1}: <>[](y = v)
P27 == []<>(y = 0) /\ []<>(y = 1)
P28 == ~(<>[](y = 0))
P29 == <>[][IncX]_vars \/ []<><<Reset>>_vars
P30 == []<><<IncX>>_vars
P31 == [](<>(x=1) \/ [](y=1))
P32 == []((x = 1) => [](x >= 1))
P33 == <>[](x = 3) \/ <>[](x # 3)
P34 == []<>(x = 3) /\ <>[](y = 0 \/ y = 1)
P35 == (<>(y = 1)) => [](x < 3 \/ ENABLED Reset)
P36 == [](x = 2 => [](x = 2) \/ <>(x = 3))
P37 == <>[](ENABLED IncX) \/ []<>(~ENABLED IncX /\ y = 1)
P38 == []<><<Reset /\ y = 0>>_vars
P39 == <>[][x' >= x]_vars
P40 == <>([](x > 0) \/ [](y = 0))
====
