---- MODULE RLRew ----
EXTENDS Integers, TLC
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
Rew == IF done' # done THEN 100 ELSE IF c'[1] > c[1] THEN -50 ELSE -1
RewBad == "x"
Low == ~(done = {3} /\ c[1] = 0 /\ c[2] = 0)
====
