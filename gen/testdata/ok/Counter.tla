---- MODULE Counter ----
\* A small lifecycle of my own: the guards are factored into definitions and written
\* with ranges and implications, to exercise what the compiler can read.
EXTENDS Naturals

CONSTANTS Limit, Users

\* @fsm phase=st counter=n max=Limit
VARIABLES st, n, log

Fresh == {"Uninitialized", "Reinitializable"}
Busy == "Active"
Below == n \in 0..(Limit - 1)

Init == /\ st = "Uninitialized"
        /\ n = 0
        /\ log = <<>>

\* @trigger Startup
First(u) ==
    /\ st \in Fresh
    /\ u \in Users
    /\ st' = Busy
    /\ n' = 1
    /\ log' = Append(log, u)

\* @trigger Startup
Again(u) ==
    /\ st = Busy
    /\ Below
    /\ n' = n + 1
    /\ UNCHANGED <<st, log>>

\* @trigger Startup error=ProcLimit
Full(u) ==
    /\ st = "Active"
    /\ ~(n < Limit)
    /\ UNCHANGED <<st, n, log>>

\* @trigger Cleanup
Release ==
    /\ st = "Active"
    /\ n > 1 => n > 1
    /\ n # 1
    /\ n' = n - 1
    /\ UNCHANGED <<st, log>>

\* @trigger Cleanup
Last ==
    /\ st = "Active"
    /\ n = 1
    /\ st' = "Reinitializable"
    /\ n' = n - (2 - 1)
    /\ log' = <<>>

\* @trigger Cleanup error=NotInitialised
Refused ==
    /\ st \notin {"Active"}
    /\ UNCHANGED <<st, n, log>>

Next == \E u \in Users : First(u) \/ Again(u) \/ Full(u) \/ Release \/ Last \/ Refused
====
