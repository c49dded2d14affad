---- MODULE CovNameInst ----
\* CovNameMod through INSTANCE: I!F[x + 1], F's body with the TLCSet Inv
\* reads; TLC applies the lazy function at x + 1 only and finds the
\* deadlock.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
I == INSTANCE CovNameIM WITH y <- x
Next == x < 2 /\ I!F[x + 1] >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 2
====
