---- MODULE ChooseFail ----
\* A CHOOSE with no element satisfying it, in Next. Expected, worked by hand:
\* the initial state x = 0 is fine; computing its successor fails: result
\* error (exit 75), trace of 1 state (the state being expanded), depth 1.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = CHOOSE y \in {1, 2} : y > 5
====
