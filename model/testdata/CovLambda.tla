---- MODULE CovLambda ----
\* TLC's coverage (-coverage) of a LAMBDA passed to an operator and of a
\* constant argument; TLC's own report is
\* model/testdata/tlc/coverage/CovLambda.*.out.
\*  - Set: TLC's CostModelCreator makes one node for the LAMBDA's body,
\*    listed under Pick's application after Pick's body and the argument S,
\*    and also under each application P(e), P(f) of the parameter, after
\*    its argument: one node, so each place prints the count of all the
\*    body's evaluations (21: 9 for P(e), 12 for P(f)).
\*  - Let: inside a LET definition the successor generator evaluates at
\*    each use, the connection is not made: the body's nodes count on P(e)
\*    and P(f) themselves (36 = 6 applications times 6 nodes: P(e), =, s,
\*    %, +, y), and the LAMBDA is not listed under Pick's application.
\*  - the constant argument S is counted once per application of Pick (6
\*    in Set, 3 in Let), though T is used twice; it was folded with the use
\*    of T, and not listed.
\*  - Inv: as Set, in an invariant (14 evaluations of the body). The
\*    search ends in a deadlock (y = 3).
EXTENDS Naturals
CONSTANT S
VARIABLES x, y
Pick(T, P(_)) == CHOOSE e \in T : P(e) /\ \A f \in T : P(f) => f = e
Init == x = 0 /\ y = 0
Set == /\ x = 0
       /\ x' = Pick(S, LAMBDA s : s = y % 2)
       /\ y' = y + 1
Let == /\ x = 1
       /\ LET r == Pick(S, LAMBDA s : s = (y + 1) % 2) IN x' = r
       /\ y' = y + 1
Next == (y < 3) /\ (Set \/ Let)
Inv == Pick(S, LAMBDA s : s = y % 2) \in S
====
