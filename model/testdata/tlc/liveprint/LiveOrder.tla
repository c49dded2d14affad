---- MODULE LiveOrder ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == PrintT(<<"A", x>>) /\ x' = (x + 1) % 3
B == x' = x /\ PrintT(<<"B", x>>)
Next == A \/ B
SpecFirst == Init /\ [][Next]_x /\ <>[][A]_x /\ SF_x(B)
SpecLast == Init /\ [][Next]_x /\ SF_x(B) /\ <>[][A]_x
SpecState == Init /\ [][Next]_x /\ <>[](x # 7) /\ SF_x(A)
P == []<>(x = 1)
====
