---- MODULE disjunction ----
\* want: disjunction.tla:10:5: cannot compile this effect on the control fragment
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
Up ==
    \/ /\ phase = "Active"
       /\ refs' = refs + 1
       /\ UNCHANGED phase
    \/ /\ phase = "Draining"
       /\ UNCHANGED <<phase, refs>>
====
