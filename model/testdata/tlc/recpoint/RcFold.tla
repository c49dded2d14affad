---- MODULE RcFold ----
\* A recursive function's body holding a constant that fails (1 \div 0)
\* at another point than the one applied: TLC evaluates the point only.
EXTENDS Naturals
VARIABLE v
f[i \in Nat] == [u \in {1, 2} |-> IF i = 0 THEN (IF u = 2 THEN 1 \div 0 ELSE 1) ELSE f[i-1][u]]
g[i \in Nat] == [u \in 1..2 |-> IF u = 2 THEN 1 \div 0 ELSE i]
Init == v = 0
Next == v' = 1 - v
InvF == f[1][1] = 1
InvG == g[3][1] = 3
InvL == LET r[i \in Nat] == [u \in 1..2 |-> IF i = 0 THEN (IF u = 2 THEN 1 \div 0 ELSE 1) ELSE r[i-1][u]]
        IN r[2][1] = 1
====
