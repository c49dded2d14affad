---- MODULE noannot ----
\* want: noannot.tla:1:1: no phase or counter variable
\* No @fsm annotation, and no variable the convention would take for the counter (none
\* named refs, none that Init sets to 0).
VARIABLES phase, count
Init == phase = "Uninitialized" /\ count = 1
====
