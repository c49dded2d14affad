---- MODULE LitActStr ----
\* An ACTION_CONSTRAINT whose definition's body is a string: TLC fails
\* on the first step with a ClassCastException of its own.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
P == "s"
====
