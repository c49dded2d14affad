---- MODULE LitCon ----
\* A CONSTRAINT whose definition's body is a number: TLC fails in the
\* first state it checks with a ClassCastException of its own.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
P == 1
====
