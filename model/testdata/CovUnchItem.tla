---- MODULE CovUnchItem ----
\* UNCHANGED e once every variable has a value: a later variable of
\* <<y, x>> is an item of TLC's list, processUnchanged counting the states
\* through it (the first disjunct); the whole UNCHANGED, pending, is
\* evaluated as an expression, its node once and e's nodes twice, printed
\* with its variables' count (2, not 0). An UNCHANGED in an action
\* constraint is printed so too (TLC's UnchangedOpApplNodeWrapper).
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Next == \/ x' = x /\ UNCHANGED <<y, x>>
        \/ x' = (x + 1) % 2 /\ y' = y /\ UNCHANGED x
        \/ x' = x /\ y' = y /\ UNCHANGED vars
        \/ x' = x /\ y' = y /\ UNCHANGED <<y, x>>
NoUnch == ~ UNCHANGED vars \/ x = 0
====
