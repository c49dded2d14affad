---- MODULE CovDomProd ----
\* A function constructor a state stores whose domain is a product or a
\* set of records: TLC turns it into a table (FcnLambdaValue.toFcnRcd),
\* enumerating the domain with its odometer: k on the set's node for each
\* tuple of k sets, or record of k fields, and each step of a set
\* constructor's enumerator on that constructor ({1, 2} 3, {3} 1 + 2 per
\* reset); the names inside are listed with their evaluations.
EXTENDS Naturals
CONSTANT N
VARIABLES x, y, z
Init == /\ x = [e \in {1, 2} \X N |-> 0]
        /\ y = [r \in [a : {1, 2}, b : N] |-> r.a]
        /\ z = [e \in N \X N \X {3} |-> 1]
Next == /\ x' = [e \in N \X {y[[a |-> 1, b |-> "a"]]} |-> 2]
        /\ UNCHANGED <<y, z>>
====
