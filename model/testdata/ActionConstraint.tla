---- MODULE ActionConstraint ----
\* ACTION_CONSTRAINT drops steps. Expected, worked by hand: every state has two
\* successors (x+1, x+2), so generated = 1 + 2 * distinct. Steps to x' > 5
\* are dropped: levels {0}, {1, 2}, {3, 4}, {5}: distinct 6, generated 13,
\* depth 4. State 5 is not a deadlock: it has successors (6, 7), they only
\* fail the action constraint (TLC's rule). TypeOK holds on the dropped
\* states too (TLC checks invariants on them). ok.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 \/ x' = x + 2
Small == x' <= 5
TypeOK == x \in 0..7
====
