---- MODULE CovRecCons ----
\* A LET function definition whose body is a function constructor,
\* applied at a point: TLC lists the constructor under the definition,
\* its body and then its domain, counted at each application (6), and
\* the definition and its domain Nat once per evaluation of the LET (2).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Inv == LET r[i \in Nat] == [u \in {1, 2} |-> IF i = 0 THEN u + x ELSE r[i-1][u]]
       IN r[2][1] = 1 + x
====
