---- MODULE CovExArg ----
\* A \E over a set read from the state, which TLC keeps as one action:
\* the arguments S and b of Move, applied inside it, are counted (once per
\* application) after Move's body and before the \E's set
\* (MissionariesAndCannibals' \E S \in SUBSET ... : Move(S, bank_of_boat)).
EXTENDS Naturals, FiniteSets
VARIABLES x, b
Move(S, c) == /\ Cardinality(S) < 2
              /\ c' = 1 - c
              /\ x' = (x + Cardinality(S)) % 3
Next == \E S \in SUBSET {x, b} : Move(S, b)
Init == x = 0 /\ b = 0
====
