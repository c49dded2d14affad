---- MODULE CovLazy ----
\* The costs of SUBSET and of set filters TLC builds lazily (covfilter.go).
EXTENDS Naturals, FiniteSets
VARIABLES x, s
Recs == [a : {1, 2}, b : {3, 4}]
Init == x = 0 /\ s \in SUBSET {1, 2}
Next == /\ x < 2
        /\ x' = x + 1
        /\ s' \in {t \in SUBSET {1, 2, 3} : Cardinality(t) = x}
Inv == /\ \A t \in SUBSET {1, 2} : Cardinality(t) < 3
       /\ \E t \in SUBSET {x, 4} : t = {}
       /\ \A y \in {z * 2 : z \in {1, 2, 3}} : y > 0
       /\ \A y \in {z \in {1, 2, 3} \X {4} : z[1] > 1} : y[2] = 4
       /\ \A r \in {[a |-> z] : z \in {1, 2}} : r.a > 0
       /\ s \subseteq {z \in 1..3 : z < 4}
       /\ \A y \in SUBSET {z \in {1, 2} : z > x} : Cardinality(y) >= 0
       /\ {z + 1 : z \in {1, 2}} = {2, 3}
       /\ \A p \in [a : {1}, b : {2, 3}] \X {5} : p[2] = 5
       /\ \A r \in {q \in Recs : q.a > 1} : r.b > 2
====
