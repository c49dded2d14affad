---- MODULE Driver ----
\* A second lifecycle following the convention, unlike the provider's: a device driver
\* opened by several users, which can be suspended while open. Its phases and triggers
\* are its own; gen's test compiles it to a package of its own, builds it with -race and
\* runs it (driver_test.go in gen).
EXTENDS Naturals

CONSTANT MaxUsers

\* @fsm phase=state counter=users max=MaxUsers
VARIABLES state, users

Init == state = "Stopped" /\ users = 0

\* @trigger Start
StartFirst ==
    /\ state = "Stopped"
    /\ state' = "Running"
    /\ users' = 1

\* @trigger Start
StartAgain ==
    /\ state = "Running"
    /\ users < MaxUsers
    /\ users' = users + 1
    /\ UNCHANGED state

\* @trigger Start error=ProcLimit
StartTooMany ==
    /\ state = "Running"
    /\ users >= MaxUsers
    /\ UNCHANGED <<state, users>>

\* @trigger Start wait
StartWhileSuspended ==
    /\ state = "Suspended"
    /\ UNCHANGED <<state, users>>

\* @trigger Stop
StopRelease ==
    /\ state = "Running"
    /\ users > 1
    /\ users' = users - 1
    /\ UNCHANGED state

\* @trigger Stop
StopLast ==
    /\ state = "Running"
    /\ users = 1
    /\ state' = "Stopped"
    /\ users' = 0

\* @trigger Stop error=NotInitialised
StopStopped ==
    /\ state = "Stopped"
    /\ UNCHANGED <<state, users>>

\* @trigger Stop error=InProgress
StopSuspended ==
    /\ state = "Suspended"
    /\ UNCHANGED <<state, users>>

\* @trigger Suspend
Suspend ==
    /\ state = "Running"
    /\ state' = "Suspended"
    /\ UNCHANGED users

\* @trigger Resume
Resume ==
    /\ state = "Suspended"
    /\ state' = "Running"
    /\ UNCHANGED users

Next ==
    \/ StartFirst \/ StartAgain \/ StartTooMany \/ StartWhileSuspended
    \/ StopRelease \/ StopLast \/ StopStopped \/ StopSuspended
    \/ Suspend \/ Resume

Spec == Init /\ [][Next]_<<state, users>>

TypeOK == state \in {"Stopped", "Running", "Suspended"} /\ users \in 0..MaxUsers
====
