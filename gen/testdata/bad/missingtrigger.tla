---- MODULE missingtrigger ----
\* want: missingtrigger.tla:3:1: no action has @trigger Startup, which the runtime fires
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Cleanup
Down ==
    /\ phase = "Active"
    /\ UNCHANGED <<phase, refs>>
====
