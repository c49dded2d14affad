---- MODULE Successors ----
\* How many successors TLC generates ("states generated"), by its rules
\* for computing them (Tool.getNextStates), worked out by hand:
\*
\*   Init: x \in 0..1 gives two states; y = 0 then assigns the last
\*   variable, and what is left, TRUE \/ x = 0, is evaluated as a formula:
\*   2 initial states generated (not 3, one per true disjunct of x = 0).
\*   States x = 0 and x = 1 are expanded (x < 2); x = 2 has no successor.
\*   Per expanded state:
\*   A1  C is a constant definition, evaluated once before the search: a
\*       value, not an \E to expand                                     1
\*   A2  P is a state-level definition: one successor per witness i      3
\*   A3  P comes after every primed variable is assigned: a formula       1
\*   A4  \A expands to the conjunction of its bodies: the first body's two
\*       disjuncts each assign x'; the second body is then a formula       2
\*   A5  a \A of disjunctions before any assignment: body 1 has one true
\*       disjunct, body 2 has two                                         2
\*   A6  y' = 0 \/ y' = 0 branches (y' is not yet assigned); TRUE \/ TRUE
\*       after it is a formula                                            2
\*   generated = 2 + 2 * (1 + 3 + 1 + 2 + 2 + 2) = 24, distinct 3
\*   (x = 0, 1, 2 with y = 0), depth 2.
\* TLC reports 24 generated, 3 distinct, depth 2.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..1 /\ y = 0 /\ (TRUE \/ x = 0)
C == \E i \in 1..3 : i > 0
P == \E i \in 1..3 : x >= 0
A1 == x < 2 /\ C /\ x' = x + 1 /\ y' = y
A2 == x < 2 /\ P /\ x' = x + 1 /\ y' = y
A3 == x < 2 /\ x' = x + 1 /\ y' = y /\ P
A4 == x < 2 /\ y' = y /\ \A i \in 1..2 : x' = x + 1 \/ x' = x + 1
A5 == x < 2 /\ (\A i \in 1..2 : i > 0 \/ i > 1) /\ x' = x + 1 /\ UNCHANGED y
A6 == x < 2 /\ x' = x + 1 /\ (y' = 0 \/ y' = 0) /\ (TRUE \/ TRUE)
Next == A1 \/ A2 \/ A3 \/ A4 \/ A5 \/ A6
====
