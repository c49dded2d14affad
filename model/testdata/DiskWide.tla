---- MODULE DiskWide ----
\* A counter c that steps from 0 to N by any of W actions Step(i), each
\* weakly fair, with last the action that took the last step. With W = 66
\* the liveness check has 66 ENABLED predicates and 66 step predicates, more
\* than the 64 that fit in a word: it records indices into its bit tables,
\* which a checkpoint must save (TestDiskRecoverWide). 1 + N*W distinct
\* states; the states with c < N (1 + (N-1)*W of them) have W successors
\* each, so 1 + W*(1 + (N-1)*W) states are generated; depth N + 1.
EXTENDS Naturals
CONSTANTS N, W
VARIABLES c, last
vars == <<c, last>>
Init == c = 0 /\ last = 0
Step(i) == c < N /\ c' = c + 1 /\ last' = i
Next == \E i \in 1..W : Step(i)
Spec == Init /\ [][Next]_vars /\ \A i \in 1..W : WF_vars(Step(i))
\* Holds: some Step(i) is enabled until c = N, and each is weakly fair.
Reaches == <>(c = N)
\* Violated: a behaviour ends stuttering at c = N.
Returns == []<>(c = 0)
\* Holds (every fair behaviour ends at c = N for ever); a disjunction of
\* temporal formulas, checked on a product with a tableau.
Settles == <>[](c = N) \/ []<>(c = 0)
====
