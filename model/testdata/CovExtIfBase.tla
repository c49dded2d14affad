---- MODULE CovExtIfBase ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Upd(i, j) == x' = x + i + j
A(i) == x < 2 /\ x' = x + i
Next == \E i, j \in {1, 2}: IF x < 3 /\ i = j
                            THEN Upd(i, j)
                            ELSE \/ A(i)
                                 \/ UNCHANGED x
====
