---- MODULE RcName ----
\* A recursive function's application r[a] reached through names, whose
\* body, a constructor, fails at another point than the one applied:
\* a LET name for r[1], an operator whose LET body is r[2] (applied
\* directly and through a LET name).
EXTENDS Naturals
VARIABLE v
Deep(S) == LET r[i \in Nat] == [u \in S |-> IF i = 0 THEN (IF u = 2 THEN 1 \div 0 ELSE u) ELSE r[i-1][u]]
           IN r[2]
Init == v = 0
Next == v' = 1 - v
InvLet == LET r[i \in Nat] == [u \in {1, 2} |-> IF i = 0 THEN (IF u = 2 THEN 1 \div 0 ELSE 1) ELSE r[i-1][u]]
          IN LET q == r[1] IN q[1] = 1
InvOp == Deep({1, 2, 3})[1] = 1
InvOpLet == LET q == Deep({1, 2, 3}) IN q[3] = 3 + v - v
====
