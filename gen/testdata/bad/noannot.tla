---- MODULE noannot ----
\* want: noannot.tla:1:1: no phase or counter variable
VARIABLES phase, refs
Init == phase = "Uninitialized" /\ refs = 0
====
