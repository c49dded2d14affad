---- MODULE Waiters ----
\* Quantified temporal properties: \A t \in T : F(t), expanded into one part
\* per thread, each named after the property and the thread.
\* Each thread goes idle -> waiting (Wait, not fair) -> done (Finish, weakly
\* fair for the threads of Fair). With T = {a, b}:
\* Expected, worked by hand: 3 x 3 states, all reachable: distinct 9.
\* Generated 13: 1 initial, and one step per thread not done in each state
\* (each thread is not done in 6 of the 9 states: 12). Level k holds the
\* states whose threads made k - 1 moves in all: depth 5. (done, done) has
\* no successor: CHECK_DEADLOCK FALSE.
\*  - Waiters.cfg, Fair = T: every part of AllForms and EachFinishes holds
\*    (a waiting thread is finished by fairness; one that never waits stays
\*    idle, which is not "waiting" either).
\*  - WaitersUnfair.cfg, Fair = {a}: EachFinishes(a) holds, EachFinishes(b)
\*    fails: both wait, a finishes, it stutters in (done, waiting), where
\*    Finish(a) is disabled (WF met), first finished by TLC's search (rev
\*    cc6b616; -fp decides who waits first): 4 states, back to 4.
\*  - WaitersNeverDone.cfg: TLC expands NeverDone's \A over the constant T
\*    and splits each copy: [](st[t] # "done") is an invariant named by its
\*    range, "line 42, col 27 to line 42, col 44 of module Waiters" (TLC
\*    rev cc6b616), exit 12; a 3-state trace, (idle, idle) -> (waiting,
\*    idle) -> (done, idle), found at depth 3 (one worker: 4 generated, 4
\*    distinct; with two, what the other makes meanwhile counts as well).
EXTENDS Naturals
CONSTANTS T, Fair
VARIABLE st
States == {"idle", "waiting", "done"}
Init == st = [t \in T |-> "idle"]
Wait(t) == st[t] = "idle" /\ st' = [st EXCEPT ![t] = "waiting"]
Finish(t) == st[t] = "waiting" /\ st' = [st EXCEPT ![t] = "done"]
Next == \E t \in T : Wait(t) \/ Finish(t)
Spec == Init /\ [][Next]_st /\ \A t \in Fair : WF_st(Finish(t))
EachFinishes == \A t \in T : (st[t] = "waiting") ~> (st[t] = "done")
AllForms ==
    \A t \in T :
        /\ (st[t] = "waiting") ~> (st[t] = "done")
        /\ [](st[t] \in States)
        /\ <>[](st[t] # "waiting")
        /\ []<>(st[t] # "waiting")
        /\ <>(st[t] # "waiting")
        /\ [](st[t] = "waiting" => <>(st[t] = "done"))
NeverDone == \A t \in T : [](st[t] # "done")
====
