---- MODULE MCCounter ----
\* The everyday model wrapper: EXTENDS the spec's module (found on the
\* library path) and replaces its constant and initial predicate from
\* the cfg (Max <- MCMax, Init <- MCInit).
\* TLC: n goes 1, 2, 3, 0, 1: 4 distinct states; 1 initial state plus one
\* successor from each of the 4 states: 5 states generated.
EXTENDS Counter
MCMax == 3
MCInit == n = 1
====
