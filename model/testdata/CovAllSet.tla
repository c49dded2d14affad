---- MODULE CovAllSet ----
\* Once every variable has a value, TLC evaluates each conjunct still
\* pending as an expression (Tool.getNextStatesAllAssigned): the
\* application of a definition (G, A) counts, and so do the conjunctions of
\* its body and a parenthesized conjunction, not only the conditions and
\* assignments inside them.
EXTENDS Naturals
VARIABLES x, y
G == x < 2 /\ y = 0
A == x < 2 /\ x' = x + 1
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 3 /\ y' = y /\ G
        \/ x' = x /\ y' = y /\ (x < 1 /\ y = 0)
        \/ y' = y /\ x' = x /\ A
        \/ y' = y /\ x' = x /\ [A]_x
        \/ y' = y /\ x' = x /\ (x > 5 \/ x' = x)
====
