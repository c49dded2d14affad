---- MODULE CovExState ----
\* A \E whose set reads the state is one action of TLC's split (Grow, and
\* the inline \E j of Next): one entry with the leaves' counts together and
\* their trees, then the set, evaluated once per state (1..y: 15), and a
\* set constructor enumerated there costs its size plus one ({y, y + 1}:
\* 11:33). A \E over a constant set (\E i \in 1..2 : Inc(i)) is expanded
\* into an action per value, all listed as Inc.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 1
Inc(i) == /\ x < 2
          /\ x' = x + i
          /\ UNCHANGED y
Grow == \E e \in 1..y : \/ /\ y < 3
                           /\ y' = y + 1
                           /\ UNCHANGED x
                        \/ /\ x > 5
                           /\ UNCHANGED <<x, y>>
Next == \/ \E i \in 1..2 : Inc(i)
        \/ Grow
        \/ \E j \in {y, y + 1} : /\ j = 7
                                 /\ x' = j
                                 /\ UNCHANGED y
====
