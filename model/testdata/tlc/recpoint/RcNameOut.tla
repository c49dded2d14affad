---- MODULE RcNameOut ----
\* r[a] reached through names, a outside r's domain: TLC's error.
EXTENDS Naturals
VARIABLE v
Deep(S) == LET r[i \in 0..1] == [u \in S |-> IF i = 0 THEN u ELSE r[i-1][u]]
           IN r[v + 2]
Init == v = 0
Next == v' = 1 - v
Inv == LET q == Deep({1, 2}) IN q[1] = 1
====
