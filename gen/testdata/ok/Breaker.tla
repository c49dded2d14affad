---- MODULE Breaker ----
\* Phases outside the convention's five, a trigger of its own, no bound, a wait, and an
\* action that is Permit from one phase and internal from another.
EXTENDS Naturals

\* @fsm phase=mode counter=fails
VARIABLES mode, fails

Init == mode = "closed" /\ fails = 0

\* @trigger Trip
Fail ==
    /\ mode \in {"closed", "half-open"}
    /\ fails < 3
    /\ fails' = fails + 1
    /\ mode' = "closed"

\* @trigger Trip
Open ==
    /\ mode \in {"closed", "half-open"}
    /\ fails >= 3
    /\ mode' = "open"
    /\ fails' = 0

\* @trigger Probe
Probe ==
    /\ mode = "open"
    /\ mode' = "half-open"
    /\ UNCHANGED fails

\* @trigger Trip wait
Held ==
    /\ mode = "open"
    /\ UNCHANGED <<mode, fails>>
====
