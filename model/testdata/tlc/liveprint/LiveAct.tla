---- MODULE LiveAct ----
\* Actions in properties; PA and PB print the same text, whatever the order
\* TLC visits a state's successors in.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == x < 2 /\ x' = x + 1
B == x = 2 /\ x' = 0
Next == A \/ B
Spec == Init /\ [][Next]_x /\ WF_x(Next)
PA == PrintT(<<"act", x>>) /\ x' = 7
PB == PrintT(<<"act", x>>) /\ x' = x + 1
Often == []<><<PA>>_x
Calm == <>[][PB]_x
====
