---- MODULE effectif ----
\* want: effectif.tla:11:17: the new phase must be a string literal
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Active" /\ refs = 0

\* @trigger Startup
Up ==
    /\ phase = "Active"
    /\ phase' = IF refs > 0 THEN "Active" ELSE "Draining"
    /\ UNCHANGED refs
====
