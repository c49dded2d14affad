---- MODULE CovOverride ----
\* Constants the cfg replaces by definitions (Procs <- MCProcs): TLC lists
\* the replacing definition's body under each use of the constant, counted
\* at each evaluation, its sets costed where they are enumerated.
EXTENDS Naturals, FiniteSets
CONSTANT Procs, Limit, Vals
VARIABLE x, y
MCProcs == {1, 2}
MCVals == {v \in 0..3 : v # 1}
MCLimit == 2
Init == /\ x = [p \in Procs |-> 0]
        /\ y \in Vals
Step(p) == /\ x[p] < Limit
           /\ x' = [x EXCEPT ![p] = @ + 1]
           /\ UNCHANGED y
Next == \/ \E p \in Procs : Step(p)
        \/ /\ y \in Procs
           /\ y' \in Procs \cup {7}
           /\ UNCHANGED x
Inv == /\ \A p \in Procs : x[p] <= Limit
       /\ {v \in Procs : v > 1} \subseteq Procs
       /\ Procs \subseteq Nat
       /\ Cardinality(Procs) = 2
       /\ y \in Vals \cup {1, 7}
       /\ [p \in {1, 2} |-> 3] # x
====
