---- MODULE Spin ----
\* P ~> Q with a lasso through several states. Serve is enabled only at
\* phase 2 while Spin cycles the phase, so WF_vars(Serve) does not force it.
\* Expected, worked by hand: 6 states (req x phase), distinct 6; generated 11
\* (1 initial; (F,p): Ask and Spin, 6; (T,0), (T,1): Spin, 2; (T,2): Spin and
\* Serve, 2); levels {(F,0)}, {(T,0), (F,1)}, {(T,1), (F,2)}, {(T,2)}: depth 4.
\* req ~> ~req fails: (F,0) -Ask-> (T,0) -Spin-> (T,1) -Spin-> (T,2), then
\* back to state 2: 4 states, loop to 2.
EXTENDS Naturals
VARIABLES req, phase
vars == <<req, phase>>
Init == req = FALSE /\ phase = 0
Ask == ~req /\ req' = TRUE /\ UNCHANGED phase
Spin == phase' = (phase + 1) % 3 /\ UNCHANGED req
Serve == req /\ phase = 2 /\ req' = FALSE /\ UNCHANGED phase
Next == Ask \/ Spin \/ Serve
Spec == Init /\ [][Next]_vars /\ WF_vars(Serve) /\ WF_vars(Spin)
Answered == req ~> ~req
====
