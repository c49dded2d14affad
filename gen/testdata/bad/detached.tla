---- MODULE detached ----
\* want: detached.tla:7:1: @trigger Startup is not on the line immediately above a top-level operator definition
\* @fsm phase=phase counter=refs
VARIABLES phase, refs

Init == phase = "Uninitialized" /\ refs = 0
\* @trigger Startup

A == UNCHANGED <<phase, refs>>
====
