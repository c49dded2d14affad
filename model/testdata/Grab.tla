---- MODULE Grab ----
\* Weak versus strong fairness. Flip moves between 0 and 1; Grab goes from 0
\* to 2, so it is enabled only intermittently (at 0, not at 1). Expected,
\* worked by hand: states 0, 1, 2 (distinct 3); generated 4 (1 initial, 2
\* successors of 0, 1 of 1, none of 2); depth 2.
\* GrabWeak.cfg: the cycle 0 <-> 1 is fair for WF_x(Grab) (Grab is disabled
\* at 1), so <>(x = 2) fails: trace 0, 1 looping back to state 1.
\* GrabStrong.cfg: SF_x(Grab) forbids that cycle, and stuttering at 0 or 1
\* violates WF_x(Flip): ok.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Flip == x < 2 /\ x' = 1 - x
Grab == x = 0 /\ x' = 2
Next == Flip \/ Grab
WeakSpec == Init /\ [][Next]_x /\ WF_x(Flip) /\ WF_x(Grab)
StrongSpec == Init /\ [][Next]_x /\ WF_x(Flip) /\ SF_x(Grab)
Grabbed == <>(x = 2)
====
