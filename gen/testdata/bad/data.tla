---- MODULE data ----
\* want: data.tla:10:8: guard mixes the control fragment with other variables (x)
\* @fsm phase=phase counter=refs
VARIABLES phase, refs, x

Init == phase = "Uninitialized" /\ refs = 0 /\ x = 0

\* @trigger Startup
A ==
    /\ refs > x
    /\ UNCHANGED <<phase, refs, x>>
====
