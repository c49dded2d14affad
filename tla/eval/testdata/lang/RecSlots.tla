---- MODULE RecSlots ----
\* Recursive function applications nested inside their own bodies, through
\* a RECURSIVE operator, LET definitions and quantifiers: each nested
\* application saves and restores the slots of its own body (its binder,
\* the LET memos, the \E's variable). f[n] = 2^n for n < 8 and
\* f[8] = 256 + 1 (f[7] = 128 > 100); h[n] is every sum of a subset of
\* 1..n, so h[4] = 0..10.
EXTENDS Naturals
RECURSIVE G(_)
f[n \in 0..8] == IF n = 0 THEN 1
                 ELSE LET a == G(n - 1)
                      IN a + (IF \E i \in 0..(n - 1) : f[i] > 100 THEN 1 ELSE 0)
G(n) == LET b == f[n] IN b + b
h[n \in 0..8] == IF n = 0 THEN {0} ELSE {m + k : m \in h[n - 1], k \in {0, n}}
VARIABLE x
Init == x = 0
Next == x' = x
Inv == /\ f[8] = 257
       /\ \A i \in 0..7 : f[i] = 2^i
       /\ h[4] = 0..10
====
