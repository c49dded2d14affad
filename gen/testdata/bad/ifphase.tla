---- MODULE ifphase ----
\* want: ifphase.tla:10:8: cannot compile this phase test
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Uninitialized" /\ refs = 0

\* @trigger Startup
A ==
    /\ IF phase = "Active" THEN TRUE ELSE FALSE
    /\ UNCHANGED <<phase, refs>>
====
