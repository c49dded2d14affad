---- MODULE PrInvErr ----
\* A printing invariant that fails at load: evaluated again on each state.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == PrintT("x") /\ 1 \div 0 = 1
====
