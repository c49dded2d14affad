---- MODULE CovLetUse ----
\* TLC's coverage (-coverage) of the LET definitions its initial-state and
\* successor generators meet; TLC's own report is
\* model/testdata/tlc/coverage/CovLetUse.*.out. Tool.getInitStates and
\* Tool.getNextStates walk a LET's body without binding its definitions, so
\* each use of one evaluates its body anew, under the use's node:
\*  - Init: z's body is evaluated under each of its two uses in
\*    y \in {z, z + 1}, once each (collapsed into the uses' lines: every
\*    node under them counts 1); nothing is listed where the LET is.
\*  - Step: TLC splits the LET's body into two actions; in each, n's IF is
\*    listed under the use n of the first conjunct (n > 0, n = 0: 5, its
\*    condition 5, x + 1 4), not where the LET is; x' = n and y' = n + n
\*    count 4 with everything under them (collapsed).
\*  - Jump: the body of \E v \in {x, y} is a LET, which is no node of
\*    TLC's tree: the LET's body's nodes are listed before the set {x, y}
\*    (they were after it).
\*  - Inv: a LET that Tool.eval evaluates binds m to a value computed once
\*    per evaluation of the LET (5), listed where the LET is, before its
\*    body.
EXTENDS Naturals
VARIABLES x, y
Init == /\ x = 0
        /\ LET z == x + 1 IN y \in {z, z + 1}
Step == LET n == IF x < 2 THEN x + 1 ELSE 0
        IN \/ /\ n > 0
              /\ x' = n
              /\ y' = n + n
           \/ /\ n = 0
              /\ x' = 0
              /\ UNCHANGED y
Jump == \E v \in {x, y} : LET w == v + 1 IN /\ w < 3
                                        /\ x' = w
                                        /\ UNCHANGED y
Next == Step \/ Jump
Inv == LET m == x + y IN m >= 0 /\ m < 10
====
