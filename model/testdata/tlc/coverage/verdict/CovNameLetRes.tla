---- MODULE CovNameLetRes ----
\* A constructor reached through a LET expression, (LET K == G(x) IN K)[x],
\* G's body with a TLCSet Inv reads: TLC applies the lazy function at x
\* only and finds the deadlock; building G(x) reported Inv violated.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
G(n) == [i \in 0..9 |-> TLCSet(1, TLCGet(1) + 1) /\ i = n]
Init == x = 0
Next == x < 3 /\ (LET K == G(x) IN K)[x] /\ x' = x + 1
Inv == TLCGet(1) < 8
====
