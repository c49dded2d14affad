---- MODULE RLPar ----
EXTENDS Naturals, TLC
CONSTANT N
VARIABLES c, done
Init == c = [i \in 1..N |-> 0] /\ done = {}
Step(i) == i \notin done /\ c[i] < 3 /\ c' = [c EXCEPT ![i] = @ + 1] /\ UNCHANGED done
Finish(i) == c[i] = 3 /\ i \notin done /\ done' = done \cup {i} /\ UNCHANGED c
Reset == done = 1..N /\ c' = [i \in 1..N |-> 0] /\ done' = {}
Next == (\E i \in 1..N : Step(i) \/ Finish(i)) \/ Reset
TypeOK == done \subseteq 1..N
AllDone == done # 1..N
Conf == TLCGet("config").sched # "none"
====
