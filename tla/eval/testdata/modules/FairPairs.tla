---- MODULE FairPairs ----
\* Fairness quantified as in tlaplus/Examples: \A over two bound names and
\* over a conjunction of fairness conditions. Each process p counts up to
\* 2 (Step, or Pair with another process) and then stops (Stop). Under
\* Spec every behaviour ends with done for all processes: AllDone holds.
\* Without WF on Stop (FairPairsWeak.cfg: SpecWeak) a process may stay at
\* 2 forever: TLC reports AllDone violated, with a trace that ends in
\* stuttering. TLC (both): 16 distinct states, 33 generated, depth 5.
EXTENDS Naturals
CONSTANT P
VARIABLE n, done
vars == <<n, done>>
Init == n = [p \in P |-> 0] /\ done = [p \in P |-> FALSE]
Step(p) == n[p] < 2 /\ n' = [n EXCEPT ![p] = n[p] + 1] /\ UNCHANGED done
Stop(p) == n[p] = 2 /\ ~done[p] /\ done' = [done EXCEPT ![p] = TRUE] /\ UNCHANGED n
Pair(p, q) == p # q /\ n[p] < 2 /\ n[q] < 2 /\ n' = [n EXCEPT ![p] = n[p] + 1, ![q] = n[q] + 1] /\ UNCHANGED done
Next == \E p \in P : Step(p) \/ Stop(p) \/ \E q \in P : Pair(p, q)
Spec == /\ Init /\ [][Next]_vars
        /\ \A p \in P : WF_vars(Step(p)) /\ WF_vars(Stop(p))
        /\ \A p, q \in P : WF_vars(Pair(p, q))
SpecWeak == Init /\ [][Next]_vars /\ \A p \in P : WF_vars(Step(p))
AllDone == <>(\A p \in P : done[p])
====
