---- MODULE ConstInvPrint ----
\* A constant-level INVARIANT that prints: TLC evaluates it once, at load
\* (printing once), warns that it is constant-level and checks it no more.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == PrintT("inv") /\ 1 = 1
====
