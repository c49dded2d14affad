---- MODULE CovProd ----
\* The costs of enumerating products and sets of records (covprod.go).
EXTENDS Naturals, FiniteSets
VARIABLES x, p
Init == x = 0 /\ p \in {1, 2} \X {3, 4, 5}
A == \E q \in {1, 2} \X {3, 4} : x < 2 /\ x' = x + q[1] - q[1] + 1 /\ UNCHANGED p
B == x = 2 /\ x' = 3 /\ p' \in [a : {1, 2}, b : {x}]
Next == A \/ B
Inv == /\ \A q \in {1, 2} \X {3, 4} : q[1] < 3
       /\ \E s \in SUBSET {1, 2} : s = {}
       /\ \A r \in [a : {1, 2}, b : {3}] : r.a < 3
       /\ \A y \in {z \in 1..4 : z > 2} : y > 2
       /\ x \in {z \in 0..9 : z < 8}
       /\ Cardinality({z + 1 : z \in 1..3}) = 3
       /\ {1} \X {2} # {}
       /\ \A q \in [a : {1}, b : {2, x}] \X {5} : q[2] = 5
====
