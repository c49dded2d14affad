---- MODULE mixed ----
\* want: mixed.tla:12:9: conjunct mixes phase and refs
\* @fsm phase=phase counter=refs
VARIABLES phase, refs, x

Init == phase = "Uninitialized" /\ refs = 0 /\ x = 0

\* @trigger Startup
A ==
    /\ x = 0
    /\ phase = "Uninitialized"
    /\ (phase = "Active" \/ refs = 0)
    /\ UNCHANGED <<phase, refs, x>>
====
