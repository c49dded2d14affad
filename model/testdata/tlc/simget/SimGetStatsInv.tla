---- MODULE SimGetStatsInv ----
\* TLCGet("stats") in an invariant under -simulate: in the initial
\* states behaviour 0 and the initial states counted; in a successor its
\* own action counted, by name (C for C(5) and C(6)).
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 10}
A == x' = x + 1
B == x' = x + 2
C(n) == x' = x + n
Next == A \/ B \/ \E n \in {5, 6} : C(n)
Inv == PrintT(<<"inv", x, TLCGet("stats").behavior, TLCGet("stats").traces, TLCGet("stats").generated>>)
====
