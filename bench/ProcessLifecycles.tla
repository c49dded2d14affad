---- MODULE ProcessLifecycles ----
\* The disk benchmark's model (make bench-disk, issue 16's 5 x 10^7 states).
\* Winsock keeps WSPStartup's reference count per process: each process has
\* its own provider lifecycle. Here several processes each run a small
\* one: a reference count, one socket whose unsent data must reach the peer,
\* and at the last WSPCleanup the drain of a gracefully closing socket before
\* the provider is idle again. The processes share nothing, so the state
\* space is the product of theirs: many states, each cheap to compute, so
\* that a run measures the state store rather than the evaluator.
EXTENDS Naturals
CONSTANTS Procs, MaxRefs, MaxData
VARIABLES refs, phase, sock, unsent
vars == <<refs, phase, sock, unsent>>

Init == /\ refs = [p \in Procs |-> 0]
        /\ phase = [p \in Procs |-> "idle"]
        /\ sock = [p \in Procs |-> "none"]
        /\ unsent = [p \in Procs |-> 0]

Startup(p) == /\ phase[p] # "draining"
              /\ refs[p] < MaxRefs
              /\ refs' = [refs EXCEPT ![p] = @ + 1]
              /\ phase' = [phase EXCEPT ![p] = "up"]
              /\ UNCHANGED <<sock, unsent>>

CleanupRelease(p) == /\ phase[p] = "up"
                     /\ refs[p] > 1
                     /\ refs' = [refs EXCEPT ![p] = @ - 1]
                     /\ UNCHANGED <<phase, sock, unsent>>

\* The last Cleanup: a socket the application left open is closed abortively
\* (its unsent data is discarded), a gracefully closing one is drained first.
CleanupFinal(p) == /\ phase[p] = "up"
                   /\ refs[p] = 1
                   /\ refs' = [refs EXCEPT ![p] = 0]
                   /\ IF sock[p] = "closing" /\ unsent[p] > 0
                        THEN /\ phase' = [phase EXCEPT ![p] = "draining"]
                             /\ UNCHANGED <<sock, unsent>>
                        ELSE /\ phase' = [phase EXCEPT ![p] = "idle"]
                             /\ sock' = [sock EXCEPT ![p] = "none"]
                             /\ unsent' = [unsent EXCEPT ![p] = 0]

Open(p) == /\ phase[p] = "up"
           /\ sock[p] = "none"
           /\ sock' = [sock EXCEPT ![p] = "open"]
           /\ UNCHANGED <<refs, phase, unsent>>

Send(p) == /\ phase[p] = "up"
           /\ sock[p] = "open"
           /\ unsent[p] < MaxData
           /\ unsent' = [unsent EXCEPT ![p] = @ + 1]
           /\ UNCHANGED <<refs, phase, sock>>

Transmit(p) == /\ unsent[p] > 0
               /\ unsent' = [unsent EXCEPT ![p] = @ - 1]
               /\ UNCHANGED <<refs, phase, sock>>

CloseGraceful(p) == /\ phase[p] = "up"
                    /\ sock[p] = "open"
                    /\ sock' = [sock EXCEPT ![p] = "closing"]
                    /\ UNCHANGED <<refs, phase, unsent>>

Closed(p) == /\ sock[p] = "closing"
             /\ unsent[p] = 0
             /\ phase[p] = "up"
             /\ sock' = [sock EXCEPT ![p] = "none"]
             /\ UNCHANGED <<refs, phase, unsent>>

DrainDone(p) == /\ phase[p] = "draining"
                /\ unsent[p] = 0
                /\ phase' = [phase EXCEPT ![p] = "idle"]
                /\ sock' = [sock EXCEPT ![p] = "none"]
                /\ UNCHANGED <<refs, unsent>>

Next == \E p \in Procs :
          \/ Startup(p) \/ CleanupRelease(p) \/ CleanupFinal(p)
          \/ Open(p) \/ Send(p) \/ Transmit(p) \/ CloseGraceful(p)
          \/ Closed(p) \/ DrainDone(p)

Spec == Init /\ [][Next]_vars

TypeOK == /\ refs \in [Procs -> 0..MaxRefs]
          /\ phase \in [Procs -> {"idle", "up", "draining"}]
          /\ sock \in [Procs -> {"none", "open", "closing"}]
          /\ unsent \in [Procs -> 0..MaxData]

\* Started exactly while the count is positive; idle holds nothing;
\* draining only a gracefully closing socket.
CountMatchesPhase == \A p \in Procs : (refs[p] > 0) <=> (phase[p] = "up")
IdleHoldsNothing == \A p \in Procs : phase[p] = "idle" => sock[p] = "none" /\ unsent[p] = 0
DrainOnlyClosing == \A p \in Procs : phase[p] = "draining" => sock[p] = "closing"
====
