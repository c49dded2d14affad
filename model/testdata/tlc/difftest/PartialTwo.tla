---- MODULE PartialTwo ----
\* The first successor of the initial state, by the first of two
\* disjuncts of Next, leaves y unspecified: TLC labels the partial state
\* with the disjunct's range (the action's name alone, Next, is both
\* disjuncts'), and reports depth 1.
EXTENDS Naturals
VARIABLE x, y
Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1
        \/ y' = 1 /\ x' = x
====
