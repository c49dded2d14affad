---- MODULE CovInitInl ----
EXTENDS Naturals
VARIABLE x
Next == x < 3 /\ x' = x + 1
Spec == x \in {1, 2} /\ x > 0 /\ [][Next]_x
\* The inline conjuncts of Spec are initial predicates labelled Action with their ranges.
====
