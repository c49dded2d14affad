---- MODULE CovTrue ----
\* TRUE as a conjunct of an action is a built-in constant TLC's successor
\* generator looks up, not evaluates through its coverage: A lists it with
\* the 3 states generated through it, not 3 + 3 evaluations; 1 = 1 in B is
\* evaluated (2: its evaluation and the state through it).
EXTENDS Naturals
VARIABLE x
Init == x = 0 /\ TRUE
A == x < 3 /\ TRUE /\ x' = x + 1
B == x = 3 /\ 1 = 1 /\ x' = 0
Next == A \/ B
Inv == TRUE /\ x < 5
====
