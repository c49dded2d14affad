------------------------- MODULE LayeredFreeBeforeDrain -------------------------
\* MUTANT of LayeredProvider. CONTRACT 1 and 5: a layered provider whose
\* final Cleanup frees everything and returns at once, with no teardown
\* (Drain, then Free) its application can see: seen from its application it
\* is not a provider.
\* Must be caught by: line 479, col 8 to line 479, col 20 of module ProviderLifecycle (action property violated).
(***************************************************************************)
(* A layered service provider (LSP) over a base provider, after section 5  *)
(* of CONTRACT.md.  Both keep their own reference count.  The LSP is a     *)
(* client of the base provider: it calls the base Startup on its own first *)
(* Startup and the base Cleanup once for each base Startup it made, during *)
(* its own final Cleanup.  Another client (an application using the base   *)
(* provider directly) shares the base count.                               *)
(*                                                                         *)
(* What must hold: base Startups made by the LSP are matched one for one   *)
(* by base Cleanups; a failing base Startup leaves the layered count and   *)
(* its users untouched; a failure after a successful base Startup cleans   *)
(* the base provider up before the error is returned; the base count is    *)
(* never negative.                                                         *)
(*                                                                         *)
(* The base provider is only its count here (its own teardown is           *)
(* specified in ProviderLifecycle).  Seen from its application, the LSP    *)
(* IS a provider: Base below maps the LSP's state onto ProviderLifecycle's *)
(* variables, and the property ImplementsBase says that every behaviour of *)
(* the LSP is one of the provider lifecycle (a refinement, checked as TLC  *)
(* checks [][A]_v properties: on every step).                             *)
(***************************************************************************)
EXTENDS Naturals, Integers, FiniteSets

CONSTANTS
    Threads,    \* the threads calling the LSP (model values)
    NoThread,   \* a model value: nobody holds the LSP's startup lock
    MaxRefs     \* the most references one thread holds on the LSP

ASSUME /\ MaxRefs \in Nat
       /\ MaxRefs >= 1
       /\ NoThread \notin Threads

VARIABLES
    lrefs,      \* the LSP's own reference count
    lowerHeld,  \* base Startups the LSP made and has not yet matched by a Cleanup
    brefs,      \* the base provider's reference count
    others,     \* base references held by the other (direct) client: 0 or 1
    held,       \* per thread: the LSP references the thread believes it holds
    usock,      \* per thread: TRUE while it has a socket open through the LSP
    pc,         \* per thread: "idle", "lowerStarted" inside a first Startup, "cleaning" in the final Cleanup
    lock,       \* the thread inside a first Startup (the LSP's lock), or NoThread
    lphase,     \* the LSP's own lifecycle phase, as ProviderLifecycle names them
    lseen       \* ghost: the phase the latest successful Startup saw ("none" after teardown)

life == <<lphase, lseen>>
vars == <<lrefs, lowerHeld, brefs, others, held, usock, pc, lock, lphase, lseen>>

\* The sum of the references threads of S believe they hold.
HeldIn[S \in SUBSET Threads] ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE y \in S : TRUE
         IN  held[x] + HeldIn[S \ {x}]

Init ==
    /\ lrefs = 0
    /\ lowerHeld = 0
    /\ brefs = 0
    /\ others = 0
    /\ held = [t \in Threads |-> 0]
    /\ usock = [t \in Threads |-> FALSE]
    /\ pc = [t \in Threads |-> "idle"]
    /\ lock = NoThread
    /\ lphase = "Uninitialized"
    /\ lseen = "none"

TearingDown == lphase \in {"Draining", "Freeing"}

\* A thread may call the LSP: it is idle, no first Startup is under way and
\* the LSP is not being torn down (a call then waits until it is over).
CanCall(t) == pc[t] = "idle" /\ lock = NoThread /\ ~TearingDown

-----------------------------------------------------------------------------
(* Layered Startup *)

\* First Startup, base Startup fails: the error is returned, the layered
\* count and every existing user are untouched.
FirstStartupLowerFails(t) ==
    /\ CanCall(t)
    /\ lrefs = 0
    /\ UNCHANGED vars

\* First Startup, base Startup succeeds: the LSP now holds a base reference
\* and finishes its own initialisation in a second step (under its lock).
FirstStartupLower(t) ==
    /\ CanCall(t)
    /\ lrefs = 0
    /\ brefs' = brefs + 1
    /\ lowerHeld' = lowerHeld + 1
    /\ pc' = [pc EXCEPT ![t] = "lowerStarted"]
    /\ lock' = t
    /\ UNCHANGED <<lrefs, others, held, usock, life>>

\* The LSP's own initialisation succeeds: count 0 -> 1.
FirstStartupDone(t) ==
    /\ pc[t] = "lowerStarted"
    /\ lrefs' = lrefs + 1
    /\ held' = [held EXCEPT ![t] = held[t] + 1]
    /\ pc' = [pc EXCEPT ![t] = "idle"]
    /\ lock' = NoThread
    /\ lphase' = "Active"
    /\ lseen' = lphase
    /\ UNCHANGED <<lowerHeld, brefs, others, usock>>

\* The LSP's own initialisation fails after the base Startup succeeded
\* (e.g. the base function table is invalid): it calls the base Cleanup
\* before returning the error, so no base Startup is left unmatched.
FirstStartupOwnFails(t) ==
    /\ pc[t] = "lowerStarted"
    /\ brefs' = brefs - 1
    /\ lowerHeld' = lowerHeld - 1
    /\ pc' = [pc EXCEPT ![t] = "idle"]
    /\ lock' = NoThread
    /\ UNCHANGED <<lrefs, others, held, usock, life>>

\* A later Startup only increments the layered count.
StartupAgain(t) ==
    /\ CanCall(t)
    /\ lrefs > 0
    /\ held[t] < MaxRefs
    /\ lrefs' = lrefs + 1
    /\ held' = [held EXCEPT ![t] = held[t] + 1]
    /\ lseen' = "Active"
    /\ UNCHANGED <<lowerHeld, brefs, others, usock, pc, lock, lphase>>

\* A later Startup fails (bad version, bad arguments, ...): the error is
\* returned; the providers and sockets of earlier users are untouched.
StartupAgainFails(t) ==
    /\ CanCall(t)
    /\ lrefs > 0
    /\ UNCHANGED vars

-----------------------------------------------------------------------------
(* Layered Cleanup *)

\* Cleanup at zero: "not initialised", nothing changes.
CleanupNotInitialised(t) ==
    /\ CanCall(t)
    /\ lrefs = 0
    /\ UNCHANGED vars

\* A non-final Cleanup only decrements (a thread closes its socket before
\* giving up its last reference).
CleanupRelease(t) ==
    /\ CanCall(t)
    /\ held[t] > 0
    /\ lrefs > 1
    /\ held[t] > 1 \/ ~usock[t]
    /\ lrefs' = lrefs - 1
    /\ held' = [held EXCEPT ![t] = held[t] - 1]
    /\ UNCHANGED <<lowerHeld, brefs, others, usock, pc, lock, life>>

\* The final Cleanup closes the LSP's sockets and starts its teardown; its
\* caller waits until the teardown is over (TeardownFree).
CleanupFinal(t) ==
    /\ CanCall(t)
    /\ held[t] > 0
    /\ lrefs = 1
    /\ lrefs' = 0
    /\ held' = [held EXCEPT ![t] = held[t] - 1]
    /\ usock' = [u \in Threads |-> FALSE]
    \* MUTATED: frees at once and returns: no Drain, no Free step
    /\ lphase' = "Reinitializable"
    /\ lseen' = "none"
    /\ brefs' = brefs - lowerHeld
    /\ lowerHeld' = 0
    /\ UNCHANGED <<others, pc, lock>>

\* The LSP's sockets are closed: nothing is left to drain.
TeardownDrained ==
    /\ lphase = "Draining"
    /\ lphase' = "Freeing"
    /\ UNCHANGED <<lrefs, lowerHeld, brefs, others, held, usock, pc, lock, lseen>>

\* Free: the LSP calls the base Cleanup exactly once for each base Startup
\* it made; it can be started again, and the final Cleanup returns.
TeardownFree ==
    /\ lphase = "Freeing"
    /\ lphase' = "Reinitializable"
    /\ lseen' = "none"
    /\ brefs' = brefs - lowerHeld
    /\ lowerHeld' = 0
    /\ pc' = [u \in Threads |-> IF pc[u] = "cleaning" THEN "idle" ELSE pc[u]]
    /\ UNCHANGED <<lrefs, others, held, usock, lock>>

-----------------------------------------------------------------------------
(* Sockets through the LSP, and the base provider's other client *)

\* A user with a reference opens, and closes, a socket through the LSP.
OpenSocket(t) ==
    /\ held[t] > 0
    /\ ~usock[t]
    /\ usock' = [usock EXCEPT ![t] = TRUE]
    /\ UNCHANGED <<lrefs, lowerHeld, brefs, others, held, pc, lock, life>>

CloseSocket(t) ==
    /\ usock[t]
    /\ usock' = [usock EXCEPT ![t] = FALSE]
    /\ UNCHANGED <<lrefs, lowerHeld, brefs, others, held, pc, lock, life>>

\* The other client starts and cleans up the base provider directly.
OtherStartup ==
    /\ others = 0
    /\ others' = 1
    /\ brefs' = brefs + 1
    /\ UNCHANGED <<lrefs, lowerHeld, held, usock, pc, lock, life>>

OtherCleanup ==
    /\ others = 1
    /\ others' = 0
    /\ brefs' = brefs - 1
    /\ UNCHANGED <<lrefs, lowerHeld, held, usock, pc, lock, life>>

-----------------------------------------------------------------------------

\* One call of thread t; Next adds the other client's calls.
ThreadStep(t) ==
    \/ FirstStartupLowerFails(t)
    \/ FirstStartupLower(t)
    \/ FirstStartupDone(t)
    \/ FirstStartupOwnFails(t)
    \/ StartupAgain(t)
    \/ StartupAgainFails(t)
    \/ CleanupNotInitialised(t)
    \/ CleanupRelease(t)
    \/ CleanupFinal(t)
    \/ OpenSocket(t)
    \/ CloseSocket(t)

Next ==
    \/ \E t \in Threads : ThreadStep(t)
    \/ OtherStartup
    \/ OtherCleanup
    \/ TeardownDrained
    \/ TeardownFree

\* A first Startup under way always ends (one way or the other), and so
\* does a teardown.
Spec ==
    /\ Init
    /\ [][Next]_vars
    /\ WF_vars(\E t \in Threads : FirstStartupDone(t) \/ FirstStartupOwnFails(t))
    /\ WF_vars(TeardownDrained)
    /\ WF_vars(TeardownFree)

-----------------------------------------------------------------------------
(* Invariants *)

TypeOK ==
    /\ lrefs \in Int
    /\ lowerHeld \in Int
    /\ brefs \in Int
    /\ others \in 0..1
    /\ DOMAIN held = Threads
    /\ \A t \in Threads : held[t] \in 0..MaxRefs
    /\ DOMAIN usock = Threads
    /\ \A t \in Threads : usock[t] \in BOOLEAN
    /\ DOMAIN pc = Threads
    /\ \A t \in Threads : pc[t] \in {"idle", "lowerStarted", "cleaning"}
    /\ lock \in Threads \cup {NoThread}
    /\ lphase \in {"Uninitialized", "Active", "Draining", "Freeing", "Reinitializable"}
    /\ lseen \in {"none", "Uninitialized", "Active", "Reinitializable"}

\* The base count is never negative.
BaseCountNeverNegative == brefs >= 0

\* The base count is exactly the references its clients hold: a base
\* Cleanup by the LSP always matches a base Startup it made.
BaseCountMatches == brefs = others + lowerHeld

\* The layered count is what its callers were told: successful Startups
\* minus successful Cleanups.
LayeredCountMatches == lrefs = HeldIn[Threads]

\* Users holding a reference keep a started base provider under them, and
\* their sockets stay valid.
UsersUnaffected ==
    \A t \in Threads :
        /\ held[t] > 0 => (lowerHeld = 1 /\ brefs > 0)
        /\ usock[t] => held[t] > 0

\* One base Startup per layered lifecycle, matched by exactly one base
\* Cleanup: the LSP holds a base reference exactly while it is started
\* (or inside its first Startup), and none when its count is back to zero.
LowerStartupsMatched ==
    lowerHeld = IF lrefs > 0 \/ lock # NoThread \/ TearingDown THEN 1 ELSE 0

(* Temporal property *)

\* A first Startup under way completes or fails: the lock is released.
FirstStartupEnds ==
    (\E t \in Threads : pc[t] = "lowerStarted") ~> (\A t \in Threads : pc[t] = "idle")

-----------------------------------------------------------------------------
(* Refinement: the LSP, seen from its application, is a provider *)

\* The application sees the LSP's lifecycle and count; its sockets and the
\* base provider below are not part of that view (no socket slots, one
\* callback table, one version).  A thread inside a first Startup is, for
\* the application, still in its call: "idle" until it returns.
Base == INSTANCE ProviderLifecycle WITH
    Sockets <- {}, Tables <- {"lspTable"}, NoTable <- "noTable",
    Requests <- {2}, Low <- 2, High <- 2,
    MaxRefs <- MaxRefs * Cardinality(Threads), MaxData <- 0,
    phase <- lphase,
    refs <- lrefs,
    resources <- lphase \in {"Active", "Draining", "Freeing"},
    table <- IF lphase \in {"Active", "Draining", "Freeing"} THEN "lspTable" ELSE "noTable",
    lastStart <- IF lseen = "none"
                 THEN [seen |-> "none", req |-> 0, ver |-> 0, tab |-> "noTable"]
                 ELSE [seen |-> lseen, req |-> 2, ver |-> 2, tab |-> "lspTable"],
    balance <- lrefs,
    pc <- [t \in Threads |-> IF pc[t] = "cleaning" THEN "cleaning" ELSE "idle"],
    sock <- [s \in {} |-> 0], live <- 0, written <- 0, sent <- 0, discarded <- 0

\* Every behaviour of the LSP is a behaviour of the provider lifecycle: its
\* initial state is one, and each of its steps is a step of the provider
\* or leaves the provider's view unchanged (the safety part of Base!Spec).
BaseInit == Base!Init
BaseSteps == [][Base!Next]_Base!vars
ImplementsBase == BaseInit /\ BaseSteps

\* The whole of Base!Spec, its fairness included: every behaviour of the
\* LSP (under its own fairness) is a fair behaviour of the provider.  The
\* cfg checks it (TLC: it holds, 324 distinct states, 3007 generated).  As
\* TLC computes it, ENABLED of a Base action is over Base's own variables,
\* from the values the mapping gives them: a Base variable the action
\* primes is free, whatever expression of the LSP's variables maps it.
ImplementsBaseFair == Base!Spec

=============================================================================
