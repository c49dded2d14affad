---- MODULE CovNameMod ----
\* F, a definition whose body is a function constructor, applied at x + 1
\* in a guard: TLC evaluates the body there only (FcnLambdaValue), so its
\* TLCSet counts one per step and Inv holds until the deadlock; building F
\* (3 points) made -coverage report Inv violated.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
F == [i \in 1..3 |-> IF PrintT(<<"F", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + x ELSE 0]
Next == x < 2 /\ F[x + 1] >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 2
====
