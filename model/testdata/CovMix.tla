---- MODULE CovMix ----
\* TLC's per-expression coverage (-coverage) on what the other coverage specs
\* leave out; model/testdata/tlc/coverage/CovMix.*.out is TLC's own report.
\*  - Stop: a CASE in an action. Each arm is a node of its own (from its
\*    condition to its value); arm 1 is never taken, yet its assignments are
\*    listed with 0 (TLC lists an assignment x' = e whatever its count), and
\*    its condition with its 42 evaluations; arm 2, taken each time, is one
\*    line (42).
\*  - Start: cnt' = IF ... THEN Max ELSE ...: Max is never evaluated, and the
\*    assignment is one line (42).
\*  - Tick: \E n \in {0, 1}: the body is listed before the set, and the set
\*    has a cost: 3 (two elements and the end) each of the 14 times it is
\*    enumerated, 14:42. Total, a definition with a LET, is listed under each
\*    use, the LET's definition before the LET's body.
\*  - Init: pc = [p \in Procs |-> "idle"] costs its domain (1:2); cnt \in 0..1
\*    counts the initial states (2) on the assignment that completes them.
EXTENDS Naturals, Sequences, FiniteSets
CONSTANTS Procs, Max
VARIABLES pc, cnt, log
vars == <<pc, cnt, log>>
Busy(p) == pc[p] = "busy"
Total == LET s == {p \in Procs : Busy(p)} IN Cardinality(s)
Init == /\ pc = [p \in Procs |-> "idle"]
        /\ cnt \in 0..1
        /\ log = <<>>
Start(p) == /\ pc[p] = "idle"
            /\ cnt < Max
            /\ pc' = [pc EXCEPT ![p] = "busy"]
            /\ cnt' = IF cnt + 1 > Max THEN Max ELSE cnt + 1
            /\ UNCHANGED log
Stop(p) == /\ Busy(p)
           /\ CASE cnt = 0 -> pc' = [pc EXCEPT ![p] = "idle"] /\ cnt' = cnt
                [] cnt > 0 -> pc' = [pc EXCEPT ![p] = "idle"] /\ cnt' = cnt - 1
           /\ log' = IF Len(log) < 2 THEN Append(log, p) ELSE log
Tick == /\ Total = 0
        /\ \E n \in {0, 1} : cnt' = n
        /\ UNCHANGED <<pc, log>>
Next == \/ \E p \in Procs : Start(p) \/ Stop(p)
        \/ Tick
TypeOK == /\ pc \in [Procs -> {"idle", "busy"}]
          /\ cnt \in 0..Max
          /\ \A i \in 1..Len(log) : log[i] \in Procs
Bounded == Total <= Max /\ (\E p \in Procs : TRUE)
====
