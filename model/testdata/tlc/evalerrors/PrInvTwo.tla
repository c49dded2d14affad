---- MODULE PrInvTwo ----
\* Two constant invariants, one TRUE, one FALSE: both print at load, the warning for the first, then the refusal.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == PrintT("x") /\ FALSE
Inv2 == PrintT("y")
====
