------------------------- MODULE EarlyReturn -------------------------
\* MUTANT of ProviderLifecycle. CONTRACT 6: real teardown finishing
\* asynchronously after the "final" Cleanup has returned.
\* Must be caught by: CleanupReturnsAfterTeardown (invariant violated).
(***************************************************************************)
(* The lifecycle of a Winsock 2 service provider, as the SPI pages for     *)
(* WSPStartup, WSPCleanup and WSPCloseSocket describe it, and as stated in  *)
(* the project's CONTRACT.md.                                               *)
(*                                                                         *)
(* One provider in one process: a reference count bumped by every          *)
(* successful Startup and dropped by every successful Cleanup.  The first  *)
(* Startup allocates the provider's resources; the Cleanup that brings the *)
(* count to zero starts teardown: Drain (finish sending graceful data),    *)
(* then Free (release every resource), then Reinitializable (a Startup     *)
(* behaves like the very first one).  Several caller threads may call      *)
(* Startup and Cleanup concurrently; the application also uses sockets,    *)
(* whose close follows the linger table of CONTRACT.md section 2.          *)
(*                                                                         *)
(* Where the application-level WSACleanup page says that data of sockets   *)
(* already closed "can be lost" and the provider-level WSPCleanup page     *)
(* says that such data is still sent, this spec implements the PROVIDER    *)
(* page: teardown never touches a socket that is already closing, and its  *)
(* data is transmitted before Free (see TeardownClose and DrainDone).      *)
(*                                                                         *)
(* The control fragment (compiled into the Go FSM by gen/) is the phase    *)
(* variable and the counter below, and every action marked @trigger.      *)
(***************************************************************************)
EXTENDS Naturals, Integers, FiniteSets

CONSTANTS
    Threads,    \* the caller threads (model values)
    Sockets,    \* the socket slots the application may use (model values)
    Tables,     \* the upcall/callback tables callers may supply (model values)
    NoTable,    \* a model value: no callback table in use
    Requests,   \* the versions callers may request
    Low,        \* the lowest version the provider supports
    High,       \* the highest version the provider supports
    MaxRefs,    \* the most references the provider grants (WSAEPROCLIM above)
    MaxData     \* the most data units the application sends per lifecycle

ASSUME /\ Low \in Nat
       /\ High \in Nat
       /\ Low <= High
       /\ Requests \subseteq Nat
       /\ \E v \in Requests : v >= Low
       /\ MaxRefs \in Nat
       /\ MaxRefs >= 1
       /\ MaxData \in Nat
       /\ NoTable \notin Tables

\* @fsm phase=phase counter=refs
VARIABLES
    phase,      \* the lifecycle phase
    refs,       \* the per-process reference count
    resources,  \* TRUE while the provider holds the resources of its first Startup
    table,      \* the callback table in use
    lastStart,  \* ghost: the latest successful Startup (phase it saw, version, table)
    balance,    \* ghost: successful Startups minus successful Cleanups
    pc,         \* per thread: "idle", "waiting" (Startup during teardown), "cleaning"
    sock,       \* per socket slot: its state, linger mode, unsent data, overlapped op,
                \* whether the peer sent data nobody has read (closing sockets)
    live,       \* the provider's own count of socket handles it still owns
    written,    \* ghost: data units the application handed over in this lifecycle
    sent,       \* ghost: data units transmitted to the peer in this lifecycle
    discarded   \* ghost: data units thrown away by abortive close or linger timeout,
                \* or lost (and counted) when the peer reset the connection

lifeVars == <<phase, refs, resources, table, lastStart, balance>>
sockVars == <<sock, live, written, sent, discarded>>
vars == <<phase, refs, resources, table, lastStart, balance, pc,
          sock, live, written, sent, discarded>>

-----------------------------------------------------------------------------
(* Values *)

Phases == {"Uninitialized", "Active", "Draining", "Freeing", "Reinitializable"}
Fresh == {"Uninitialized", "Reinitializable"}    \* a Startup here is a first one
Teardown == {"Draining", "Freeing"}

\* SO_DONTLINGER, SO_LINGER with timeout 0, SO_LINGER with timeout t > 0.
LingerModes == {"dont", "abort", "timed"}
\* "closing": closed gracefully, data still sent in the background;
\* "lingering": closed with a timed linger, data sent until the timeout.
SockStates == {"none", "open", "closing", "lingering"}
\* An overlapped operation: none, pending, or the record of how it was
\* aborted (by an ordinary close, or by the final Cleanup).
OpStates == {"none", "pending", "abortedByClose", "abortedByTeardown"}

\* A slot holding no socket; it keeps the outcome of the last overlapped
\* operation of the socket it held (what WSAGetOverlappedResult would say).
Dead(op, notified) ==
    [st |-> "none", linger |-> "dont", blocking |-> TRUE, unsent |-> 0,
     op |-> op, notified |-> notified, unread |-> FALSE]
NoSocket == Dead("none", FALSE)

IsSocketRec(r) ==
    /\ DOMAIN r = {"st", "linger", "blocking", "unsent", "op", "notified", "unread"}
    /\ r.st \in SockStates
    /\ r.linger \in LingerModes
    /\ r.blocking \in BOOLEAN
    /\ r.unsent \in 0..MaxData
    /\ r.op \in OpStates
    /\ r.notified \in BOOLEAN
    /\ r.unread \in BOOLEAN

NoStart == [seen |-> "none", req |-> 0, ver |-> 0, tab |-> NoTable]

Min(a, b) == IF a < b THEN a ELSE b

\* The unsent data held by the sockets of S.
UnsentIn[S \in SUBSET Sockets] ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE y \in S : TRUE
         IN  sock[x].unsent + UnsentIn[S \ {x}]

SumUnsent == UnsentIn[Sockets]

\* A closed socket whose graceful data is still being sent.
SocketDraining(s) == sock[s].st \in {"closing", "lingering"}

\* The walk of the final Cleanup over one socket slot.  An open socket is
\* closed as if the application had called close with its own linger
\* setting; its pending overlapped operation fails with "operation
\* aborted" WITHOUT its event being signalled.  A timed-linger socket is
\* drained until its timeout whether it is blocking or not: teardown has no
\* caller to answer "would block" to and must end.  A socket that is already
\* closing is left alone: its data is still sent (the WSPCleanup page).
TeardownClose(r) ==
    IF r.st # "open" THEN r
    ELSE LET op2 == IF r.op = "pending" THEN "abortedByTeardown" ELSE "none"
         IN  IF r.linger = "abort" \/ r.unsent = 0
             THEN Dead(op2, FALSE)
             ELSE [r EXCEPT !.st = IF r.linger = "dont" THEN "closing"
                                                     ELSE "lingering",
                            !.op = op2,
                            !.notified = FALSE]

\* Open sockets whose data the final Cleanup discards (abortive linger).
AbortedAtTeardown == {s \in Sockets : sock[s].st = "open" /\ sock[s].linger = "abort"}

-----------------------------------------------------------------------------
(* Initial state *)

Init ==
    /\ phase = "Uninitialized"
    /\ refs = 0
    /\ resources = FALSE
    /\ table = NoTable
    /\ lastStart = NoStart
    /\ balance = 0
    /\ pc = [t \in Threads |-> "idle"]
    /\ sock = [s \in Sockets |-> NoSocket]
    /\ live = 0
    /\ written = 0
    /\ sent = 0
    /\ discarded = 0

-----------------------------------------------------------------------------
(* Startup.  A caller is an idle thread, or one that waited out a teardown. *)

Ready(t) == pc[t] \in {"idle", "waiting"}
Return(t) == pc' = [pc EXCEPT ![t] = "idle"]

\* A request below Low fails with WSAVERNOTSUPPORTED and changes nothing.
\* @trigger Startup error=VerNotSupported
StartupBadVersion(t, v) ==
    /\ pc[t] = "idle"
    /\ v < Low
    /\ UNCHANGED vars

\* A Startup during teardown does not look at the half-torn-down provider:
\* it waits until teardown is over, then starts afresh (ResumeStartup).
\* @trigger Startup wait
StartupWait(t) ==
    /\ phase \in {"Draining", "Freeing"}
    /\ pc[t] = "idle"
    /\ pc' = [pc EXCEPT ![t] = "waiting"]
    /\ UNCHANGED <<lifeVars, sockVars>>

\* The first Startup's initialisation fails (e.g. WSASYSNOTREADY): the error
\* is returned and nothing changes.
\* @trigger Startup error=InitFailed
StartupInitFails(t, v) ==
    /\ phase \in {"Uninitialized", "Reinitializable"}
    /\ Ready(t)
    /\ v >= Low
    /\ Return(t)
    /\ UNCHANGED <<lifeVars, sockVars>>

\* The first Startup (count 0 -> 1) allocates the resources.  The version
\* negotiated is min(requested, High); the caller's table becomes the one
\* in use.
\* @trigger Startup
StartupFirst(t, v, tab) ==
    /\ phase \in {"Uninitialized", "Reinitializable"}
    /\ Ready(t)
    /\ v >= Low
    /\ phase' = "Active"
    /\ refs' = refs + 1
    /\ resources' = TRUE
    /\ table' = tab
    /\ lastStart' = [seen |-> phase, req |-> v, ver |-> Min(v, High), tab |-> tab]
    /\ balance' = balance + 1
    /\ Return(t)
    /\ UNCHANGED sockVars

\* A later Startup only increments the count, and its table, the latest
\* one supplied, replaces the table in use.
\* @trigger Startup
StartupAgain(t, v, tab) ==
    /\ phase = "Active"
    /\ refs < MaxRefs
    /\ Ready(t)
    /\ v >= Low
    /\ refs' = refs + 1
    /\ table' = tab
    /\ lastStart' = [seen |-> phase, req |-> v, ver |-> Min(v, High), tab |-> tab]
    /\ balance' = balance + 1
    /\ Return(t)
    /\ UNCHANGED <<phase, resources, sockVars>>

\* Too many users (WSAEPROCLIM): the error is returned, nothing changes.
\* @trigger Startup error=ProcLimit
StartupTooMany(t, v) ==
    /\ phase = "Active"
    /\ refs >= MaxRefs
    /\ Ready(t)
    /\ v >= Low
    /\ Return(t)
    /\ UNCHANGED <<lifeVars, sockVars>>

\* A thread that waited out a teardown completes its Startup.
ResumeStartup(t) ==
    /\ pc[t] = "waiting"
    /\ \E v \in Requests :
          \/ StartupInitFails(t, v)
          \/ StartupTooMany(t, v)
          \/ \E tab \in Tables : StartupFirst(t, v, tab) \/ StartupAgain(t, v, tab)

\* A waiting Startup gives up when its context is cancelled: it returns an
\* error and changes nothing.
StartupGiveUp(t) ==
    /\ pc[t] = "waiting"
    /\ Return(t)
    /\ UNCHANGED <<lifeVars, sockVars>>

-----------------------------------------------------------------------------
(* Cleanup *)

\* Cleanup with the count at zero fails with WSANOTINITIALISED and changes
\* nothing (never started, fully cleaned up, or being torn down).
\* @trigger Cleanup error=NotInitialised
CleanupNotInitialised(t) ==
    /\ refs = 0
    /\ pc[t] = "idle"
    /\ UNCHANGED vars

\* A Cleanup that leaves the count above zero only decrements it.
\* @trigger Cleanup
CleanupRelease(t) ==
    /\ phase = "Active"
    /\ refs > 1
    /\ pc[t] = "idle"
    /\ refs' = refs - 1
    /\ balance' = balance - 1
    /\ UNCHANGED <<phase, resources, table, lastStart, pc, sockVars>>

\* The final Cleanup (count 1 -> 0) starts teardown: it walks the sockets
\* (TeardownClose), then blocks its caller until Free is done (FreeDone).
\* @trigger Cleanup
CleanupFinal(t) ==
    /\ phase = "Active"
    /\ refs = 1
    /\ pc[t] = "idle"
    /\ phase' = "Draining"
    /\ refs' = refs - 1
    /\ balance' = balance - 1
    /\ pc' = pc  \* MUTATED: returns at once, teardown goes on behind it
    /\ sock' = [s \in Sockets |-> TeardownClose(sock[s])]
    /\ live' = Cardinality({s \in Sockets : TeardownClose(sock[s]).st # "none"})
    /\ discarded' = discarded + UnsentIn[AbortedAtTeardown]
    /\ UNCHANGED <<resources, table, lastStart, written, sent>>

-----------------------------------------------------------------------------
(* Teardown *)

\* One unit of unsent data reaches the peer.  A closing or lingering socket
\* whose last unit is sent is gone (a blocking linger close returns).
Transmit(s) ==
    /\ sock[s].st \in {"open", "closing", "lingering"}
    /\ sock[s].unsent > 0
    /\ sent' = sent + 1
    /\ IF sock[s].st # "open" /\ sock[s].unsent = 1
         THEN /\ sock' = [sock EXCEPT ![s] = Dead(sock[s].op, sock[s].notified)]
              /\ live' = live - 1
         ELSE /\ sock' = [sock EXCEPT ![s].unsent = sock[s].unsent - 1]
              /\ live' = live
    /\ UNCHANGED <<lifeVars, pc, written, discarded>>

\* The linger timeout of a timed close expires: the connection is aborted
\* and the remaining data discarded (the only loss besides abortive close).
LingerTimeout(s) ==
    /\ sock[s].st = "lingering"
    /\ sock[s].unsent > 0
    /\ discarded' = discarded + sock[s].unsent
    /\ sock' = [sock EXCEPT ![s] = Dead(sock[s].op, sock[s].notified)]
    /\ live' = live - 1
    /\ UNCHANGED <<lifeVars, pc, written, sent>>

\* During teardown the remaining data of a gracefully closed socket may be
\* handed to a part of the stack that stays loaded, which sends it: the
\* provider need not wait on a stuck peer, and nothing is discarded.  The
\* stack's close is graceful only when nothing the peer sent is left
\* unread: closing a connection with unread data resets it and drops the
\* data the stack still holds (RFC 1122 4.2.2.13).  So the provider reads
\* and discards what the peer sent (PeerSends) in the same step, before it
\* lets go of the connection: the slot's unread flag goes with it.
HandOff(s) ==
    /\ phase = "Draining"
    /\ sock[s].st = "closing"
    /\ sent' = sent + sock[s].unsent
    /\ sock' = [sock EXCEPT ![s] = Dead(sock[s].op, sock[s].notified)]
    /\ live' = live - 1
    /\ UNCHANGED <<lifeVars, pc, written, discarded>>

\* The peer sends data that the application never reads.  Only a socket
\* still closing in the background keeps it unread for a hand-off to see
\* (HandOff); data sent before the close is the same to the model as data
\* sent just after it, so open sockets need no flag (fewer states).
PeerSends(s) ==
    /\ sock[s].st = "closing"
    /\ ~sock[s].unread
    /\ sock' = [sock EXCEPT ![s].unread = TRUE]
    /\ UNCHANGED <<lifeVars, pc, live, written, sent, discarded>>

\* The peer resets a connection that is still closing: what was not yet
\* delivered is lost, and counted as such (never as a graceful close).
PeerReset(s) ==
    /\ sock[s].st \in {"closing", "lingering"}
    /\ sock[s].unsent > 0
    /\ discarded' = discarded + sock[s].unsent
    /\ sock' = [sock EXCEPT ![s] = Dead(sock[s].op, sock[s].notified)]
    /\ live' = live - 1
    /\ UNCHANGED <<lifeVars, pc, written, sent>>

\* Drain is over when the provider owns no socket any more: every graceful
\* byte was sent (or its linger timed out).  Only then may Free start.
\* @trigger DrainDone
DrainDone ==
    /\ phase = "Draining"
    /\ live = 0
    /\ phase' = "Freeing"
    /\ UNCHANGED <<refs, resources, table, lastStart, balance, pc, sockVars>>

\* Free releases every resource; the provider is Reinitializable, and the
\* final Cleanup returns to its caller only now.
\* @trigger FreeDone
FreeDone ==
    /\ phase = "Freeing"
    /\ phase' = "Reinitializable"
    /\ UNCHANGED refs
    /\ resources' = FALSE
    /\ table' = NoTable
    /\ lastStart' = NoStart
    /\ sock' = [s \in Sockets |-> NoSocket]
    /\ written' = 0
    /\ sent' = 0
    /\ discarded' = 0
    /\ pc' = [t \in Threads |-> IF pc[t] = "cleaning" THEN "idle" ELSE pc[t]]
    /\ UNCHANGED <<balance, live>>

-----------------------------------------------------------------------------
(* The application's sockets (only while the provider is Active) *)

\* A new socket with a linger mode; the blocking mode only matters to a
\* timed linger close, so other sockets are kept blocking (fewer states).
OpenSocket(s, l, b) ==
    /\ phase = "Active"
    /\ sock[s].st = "none"
    /\ sock' = [sock EXCEPT ![s] = [st |-> "open", linger |-> l,
                                    blocking |-> IF l = "timed" THEN b ELSE TRUE,
                                    unsent |-> 0, op |-> "none", notified |-> FALSE,
                                    unread |-> FALSE]]
    /\ live' = live + 1
    /\ UNCHANGED <<lifeVars, pc, written, sent, discarded>>

\* The application hands one unit of data to the socket.
Send(s) ==
    /\ sock[s].st = "open"
    /\ written < MaxData
    /\ written' = written + 1
    /\ sock' = [sock EXCEPT ![s].unsent = sock[s].unsent + 1]
    /\ UNCHANGED <<lifeVars, pc, live, sent, discarded>>

\* An overlapped send/receive is started on an open socket.
StartOp(s) ==
    /\ sock[s].st = "open"
    /\ sock[s].op = "none"
    /\ sock' = [sock EXCEPT ![s].op = "pending"]
    /\ UNCHANGED <<lifeVars, pc, live, written, sent, discarded>>

\* The pending operation completes normally (its completion is signalled).
CompleteOp(s) ==
    /\ sock[s].op = "pending"
    /\ sock' = [sock EXCEPT ![s].op = "none"]
    /\ UNCHANGED <<lifeVars, pc, live, written, sent, discarded>>

\* Non-blocking close with a timed linger and unsent data: WSAEWOULDBLOCK;
\* the socket stays valid and nothing is started (no count moves).
CloseWouldBlock(s) ==
    /\ sock[s].st = "open"
    /\ sock[s].linger = "timed"
    /\ ~sock[s].blocking
    /\ sock[s].unsent > 0
    /\ UNCHANGED vars

\* Any other close, by the linger table: don't-linger returns at once and
\* sends in the background; abortive discards the data; a blocking timed
\* close lingers until sent or timed out.  A pending overlapped operation
\* fails with "operation aborted" AND its completion is signalled.
Close(s) ==
    /\ sock[s].st = "open"
    /\ ~(sock[s].linger = "timed" /\ ~sock[s].blocking /\ sock[s].unsent > 0)
    /\ LET r == sock[s]
           pending == r.op = "pending"
           op2 == IF pending THEN "abortedByClose" ELSE "none"
           gone == r.linger = "abort" \/ r.unsent = 0
       IN  /\ sock' = [sock EXCEPT ![s] =
                         IF gone THEN Dead(op2, pending)
                         ELSE [r EXCEPT !.st = IF r.linger = "dont" THEN "closing"
                                                                 ELSE "lingering",
                                        !.op = op2,
                                        !.notified = pending]]
           /\ discarded' = IF r.linger = "abort" THEN discarded + r.unsent
                                                 ELSE discarded
           /\ live' = IF gone THEN live - 1 ELSE live
    /\ UNCHANGED <<lifeVars, pc, written, sent>>

-----------------------------------------------------------------------------
(* The whole system *)

\* One call of thread t (Startup and Cleanup; a refused call changes nothing).
ThreadStep(t) ==
    \/ \E v \in Requests :
          \/ StartupBadVersion(t, v)
          \/ StartupInitFails(t, v)
          \/ StartupTooMany(t, v)
          \/ \E tab \in Tables : StartupFirst(t, v, tab) \/ StartupAgain(t, v, tab)
    \/ StartupWait(t)
    \/ StartupGiveUp(t)
    \/ CleanupNotInitialised(t)
    \/ CleanupRelease(t)
    \/ CleanupFinal(t)

\* One step of socket slot s: the application's calls, the network, teardown.
SocketStep(s) ==
    \/ \E l \in LingerModes, b \in BOOLEAN : OpenSocket(s, l, b)
    \/ Send(s)
    \/ StartOp(s)
    \/ CompleteOp(s)
    \/ CloseWouldBlock(s)
    \/ Close(s)
    \/ Transmit(s)
    \/ LingerTimeout(s)
    \/ HandOff(s)
    \/ PeerSends(s)
    \/ PeerReset(s)

\* Any thread, any socket, or the provider's own teardown steps.
Next ==
    \/ \E t \in Threads : ThreadStep(t)
    \/ \E s \in Sockets : SocketStep(s)
    \/ DrainDone
    \/ FreeDone

\* Fairness: teardown steps are never postponed forever; the peer
\* eventually takes unsent data; each Startup waiting out a teardown is
\* strongly fair, since another thread's final Cleanup can disable it again
\* and again.  Nothing forces callers to call, nor a linger timeout to expire.
Spec ==
    /\ Init
    /\ [][Next]_vars
    /\ WF_vars(DrainDone)
    /\ WF_vars(FreeDone)
    /\ \A s \in Sockets : WF_vars(HandOff(s))
    /\ WF_vars(\E s \in Sockets : Transmit(s))
    /\ \A t \in Threads : SF_vars(ResumeStartup(t))

\* The same system with a peer that may stay stuck forever (no fairness
\* for Transmit): teardown must still end, bounded by the linger timeouts
\* and the hand-off to the stack (ProviderLifecycleStuckPeer.cfg).  Graceful
\* data of a socket closed while Active may then wait forever, so that
\* model does not check GracefulDataDrains.
StuckPeerSpec ==
    /\ Init
    /\ [][Next]_vars
    /\ WF_vars(DrainDone)
    /\ WF_vars(FreeDone)
    /\ \A s \in Sockets : WF_vars(HandOff(s))
    /\ \A s \in Sockets : WF_vars(LingerTimeout(s))
    /\ \A t \in Threads : SF_vars(ResumeStartup(t))

-----------------------------------------------------------------------------
(* Invariants *)

TypeOK ==
    /\ phase \in Phases
    /\ refs \in Int
    /\ resources \in BOOLEAN
    /\ table \in Tables \cup {NoTable}
    /\ lastStart.seen \in Phases \cup {"none"}
    /\ lastStart.req \in Requests \cup {0}
    /\ lastStart.ver \in Nat
    /\ lastStart.tab \in Tables \cup {NoTable}
    /\ balance \in Int
    /\ DOMAIN pc = Threads
    /\ \A t \in Threads : pc[t] \in {"idle", "waiting", "cleaning"}
    /\ DOMAIN sock = Sockets
    /\ \A s \in Sockets : IsSocketRec(sock[s])
    /\ live \in 0..Cardinality(Sockets)
    /\ written \in 0..MaxData
    /\ sent \in 0..MaxData
    /\ discarded \in 0..MaxData

\* The count never goes below zero (nor above the granted maximum).
CountInRange == refs \in 0..MaxRefs

\* The count equals successful Startups minus successful Cleanups.
CountMatchesCalls == refs = balance

\* Active exactly when the count is positive.
ActiveIffCountPositive == (phase = "Active") <=> (refs > 0)

\* The resources of the first Startup are held from it until Free.
ResourcesWhileStarted == phase \in {"Active", "Draining", "Freeing"} => resources

\* Uninitialized and Reinitializable hold no resources, no callback table,
\* no socket and no pending operation: a Startup there is a first one.
IdleHoldsNothing ==
    phase \in Fresh =>
        /\ ~resources
        /\ table = NoTable
        /\ live = 0
        /\ \A s \in Sockets : sock[s] = NoSocket

\* Unsent data is never lost: everything the application handed over was
\* sent, is still unsent, or was discarded, and only abortive close, linger
\* timeouts and the peer's reset (counted as a loss) add to the discarded
\* count.
NoSilentDataLoss == written = sent + discarded + SumUnsent

\* No Free while graceful data is unsent.
NoFreeWhileUnsent ==
    phase \in {"Freeing", "Reinitializable", "Uninitialized"} =>
        /\ SumUnsent = 0
        /\ \A s \in Sockets : ~SocketDraining(s)

\* The provider's handle count is the number of sockets it really owns.
SocketCountMatches == live = Cardinality({s \in Sockets : sock[s].st # "none"})

\* After the final Cleanup no socket is open: each was closed by the walk,
\* and none can be created by a call racing with it.
NoOpenSocketAfterFinalCleanup ==
    phase \in Teardown => \A s \in Sockets : sock[s].st # "open"

\* An overlapped operation is pending only on an open socket.
PendingOnlyOnOpen == \A s \in Sockets : sock[s].op = "pending" => sock[s].st = "open"

\* An ordinary close signals the aborted operation; the final Cleanup
\* aborts it without signalling (no event, no completion routine).
OverlappedAbortRule ==
    \A s \in Sockets :
        /\ sock[s].op = "abortedByClose" => sock[s].notified
        /\ sock[s].op \in {"abortedByTeardown", "none", "pending"} => ~sock[s].notified

\* A Startup never observes a provider in Draining or Freeing.
StartupNeverObservesTeardown == lastStart.seen \notin Teardown

\* While Active, the callback table in use is the latest one supplied.
LatestTableInUse == phase = "Active" => table = lastStart.tab

\* A successful Startup negotiated min(requested, High), never below Low.
VersionNegotiated ==
    lastStart.seen # "none" =>
        /\ lastStart.req >= Low
        /\ lastStart.ver = Min(lastStart.req, High)
        /\ lastStart.ver \in Low..High

\* The final Cleanup returns only when teardown is over: during Draining
\* and Freeing exactly one caller is blocked in it, and none otherwise.
CleanupReturnsAfterTeardown ==
    /\ (phase \in Teardown) <=> (\E t \in Threads : pc[t] = "cleaning")
    /\ \A t, u \in Threads : (pc[t] = "cleaning" /\ pc[u] = "cleaning") => t = u

-----------------------------------------------------------------------------
(* Temporal properties (under the fairness of Spec) *)

\* Teardown ends.
TeardownEnds == (phase = "Draining") ~> (phase = "Reinitializable")

\* Every Startup that waits out a teardown completes (or gives up): for
\* each thread, once it waits, it eventually stops waiting.
WaitingStartupCompletes ==
    \A t \in Threads : (pc[t] = "waiting") ~> (pc[t] # "waiting")

\* Graceful data of closed sockets is eventually delivered (or, for a timed
\* linger, discarded when the timeout expires): no socket drains forever.
GracefulDataDrains ==
    (\E s \in Sockets : SocketDraining(s)) ~> (\A s \in Sockets : ~SocketDraining(s))

=============================================================================
