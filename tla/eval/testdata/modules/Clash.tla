---- MODULE Clash ----
\* Common's Y reaches Clash twice (one symbol, fine); ClashA's X and
\* ClashB's X are two definitions of one name: SANY only warns ("the
\* definition of 'X' conflicts with its definition at ... of module
\* ClashA") and the first stays. TLC: x = 1 and the invariant holds: 1
\* distinct state, 2 states generated.
EXTENDS ClashA, ClashB
VARIABLE x
Init == x = X  \* 1: the first definition stays
Next == x' = x
Inv == x = 1 /\ Y = 0
====
