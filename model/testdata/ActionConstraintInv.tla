---- MODULE ActionConstraintInv ----
\* TLC checks invariants even on a successor whose step fails the
\* ACTION_CONSTRAINT (ModelChecker.doNext: "unseen" is true for a state not
\* in the model). Expected, worked by hand: levels {0}, {1, 2}, {3, 4}; level 3
\* in order [3, 4]; expanding 3 gives 4 (known) and 5 (new, fine); expanding 4
\* gives 5 (known) and 6, whose step is dropped but whose invariant is
\* checked: x <= 5 fails. Trace 0 -> 2 -> 4 -> 6: 4 states, depth 4.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 \/ x' = x + 2
Small == x' <= 5
Inv == x <= 5
====
