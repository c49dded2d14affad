package mutate

// The mutants: one per mistake of CONTRACT.md section 6 (and a few more
// clauses), each a copy of its original with the edits below. Every Old
// text must occur exactly once in the original.
var Table = []Mutant{
	{
		Module:   "NoopCleanup",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: a base provider whose Cleanup is a no-op: it never reports \"not initialised\", never closes open sockets, never frees its resources.",
		Result:   "invariant violated",
		Property: "CountMatchesCalls",
		Edits: []Edit{
			{Old: `    \/ CleanupNotInitialised(t)
    \/ CleanupRelease(t)
    \/ CleanupFinal(t)
`,
				New: `    \/ CleanupNoop(t)  \* MUTATED: every Cleanup is a no-op reporting success
`},
			{Old: `-----------------------------------------------------------------------------
(* Teardown *)
`,
				New: `\* MUTATED: the no-op Cleanup: reports success, changes nothing.
CleanupNoop(t) ==
    /\ pc[t] = "idle"
    /\ balance' = balance - 1
    /\ UNCHANGED <<phase, refs, resources, table, lastStart, pc, sockVars>>

-----------------------------------------------------------------------------
(* Teardown *)
`},
		},
	},
	{
		Module:   "TeardownBeforeLastRef",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 1: teardown started by a Cleanup that is not the last one (the count is still above zero after it).",
		Result:   "invariant violated",
		Property: "ActiveIffCountPositive",
		Edits: []Edit{
			{Old: `    /\ refs = 1
    /\ pc[t] = "idle"
    /\ phase' = "Draining"
`,
				New: `    /\ refs >= 1  \* MUTATED: any Cleanup may start teardown
    /\ pc[t] = "idle"
    /\ phase' = "Draining"
`},
		},
	},
	{
		Module:   "FreeBeforeDrain",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 1: Free before Drain: the final Cleanup frees at once while closed sockets still hold graceful data.",
		Result:   "invariant violated",
		Property: "NoFreeWhileUnsent",
		Edits: []Edit{
			{Old: `    /\ phase' = "Draining"
    /\ refs' = refs - 1
`,
				New: `    /\ phase' = "Freeing"  \* MUTATED: skips Draining
    /\ refs' = refs - 1
`},
		},
	},
	{
		Module:   "FixedSleepTeardown",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: teardown that waits with a fixed sleep instead of waiting for the drain to finish.",
		Result:   "invariant violated",
		Property: "NoFreeWhileUnsent",
		Edits: []Edit{
			{Old: `    /\ phase = "Draining"
    /\ live = 0
`,
				New: `    /\ phase = "Draining"
    /\ TRUE  \* MUTATED: "the sleep has elapsed" instead of live = 0
`},
		},
	},
	{
		Module:   "FirstTableKept",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: a provider that keeps the first callback table instead of the latest one supplied.",
		Result:   "invariant violated",
		Property: "LatestTableInUse",
		Edits: []Edit{
			{Old: `    /\ refs' = refs + 1
    /\ table' = tab
    /\ lastStart' = [seen |-> phase, req |-> v, ver |-> Min(v, High), tab |-> tab]
    /\ balance' = balance + 1
    /\ Return(t)
    /\ UNCHANGED <<phase, resources, sockVars>>
`,
				New: `    /\ refs' = refs + 1
    /\ table' = table  \* MUTATED: keeps the first table
    /\ lastStart' = [seen |-> phase, req |-> v, ver |-> Min(v, High), tab |-> tab]
    /\ balance' = balance + 1
    /\ Return(t)
    /\ UNCHANGED <<phase, resources, sockVars>>
`},
		},
	},
	{
		Module:   "DecrementUnguarded",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 1 and 6: a Cleanup that decrements the count without checking it (no \"not initialised\" guard): the count goes below zero.",
		Result:   "invariant violated",
		Property: "CountInRange",
		Edits: []Edit{
			{Old: `CleanupRelease(t) ==
    /\ phase = "Active"
    /\ refs > 1
    /\ pc[t] = "idle"
`,
				New: `CleanupRelease(t) ==
    \* MUTATED: the guards phase = "Active" and refs > 1 are gone
    /\ pc[t] = "idle"
`},
		},
	},
	{
		Module:   "UnlockedCounter",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: a counter updated without a lock: two concurrent Cleanups both read the count and both write it minus one (a lost update).",
		Result:   "invariant violated",
		Property: "CountMatchesCalls",
		Edits: []Edit{
			{Old: `    \/ CleanupRelease(t)
    \/ CleanupFinal(t)
`,
				New: `    \/ CleanupRelease(t)
    \/ CleanupFinal(t)
    \/ \E u \in Threads \ {t} : CleanupRace(t, u)  \* MUTATED
`},
			{Old: `-----------------------------------------------------------------------------
(* Teardown *)
`,
				New: `\* MUTATED: t and u decrement without the lock: both read refs, both
\* write refs - 1, both report success.
CleanupRace(t, u) ==
    /\ phase = "Active"
    /\ refs > 1
    /\ pc[t] = "idle"
    /\ pc[u] = "idle"
    /\ refs' = refs - 1
    /\ balance' = balance - 2
    /\ UNCHANGED <<phase, resources, table, lastStart, pc, sockVars>>

-----------------------------------------------------------------------------
(* Teardown *)
`},
		},
	},
	{
		Module:   "EarlyReturn",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: real teardown finishing asynchronously after the \"final\" Cleanup has returned.",
		Result:   "invariant violated",
		Property: "CleanupReturnsAfterTeardown",
		Edits: []Edit{
			{Old: `    /\ pc' = [pc EXCEPT ![t] = "cleaning"]
`,
				New: `    /\ pc' = pc  \* MUTATED: returns at once, teardown goes on behind it
`},
		},
	},
	{
		Module:   "WouldBlockDoubleDecrement",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: a close retried after \"would block\" that decrements a reference count twice (the would-block attempt already decremented it).",
		Result:   "invariant violated",
		Property: "SocketCountMatches",
		Edits: []Edit{
			{Old: `    /\ sock[s].unsent > 0
    /\ UNCHANGED vars

\* Any other close`,
				New: `    /\ sock[s].unsent > 0
    /\ live' = live - 1  \* MUTATED: decremented although nothing was closed
    /\ UNCHANGED <<lifeVars, pc, sock, written, sent, discarded>>

\* Any other close`},
		},
	},
	{
		Module:   "SocketsReleasedWithoutClose",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: a process-level cleanup that releases provider sockets without closing them through the provider: the provider's handles leak.",
		Result:   "invariant violated",
		Property: "SocketCountMatches",
		Edits: []Edit{
			{Old: `    /\ sock' = [s \in Sockets |-> TeardownClose(sock[s])]
    /\ live' = Cardinality({s \in Sockets : TeardownClose(sock[s]).st # "none"})
`,
				New: `    \* MUTATED: open sockets are dropped, not closed through the provider
    /\ sock' = [s \in Sockets |-> IF sock[s].st = "open" THEN NoSocket ELSE sock[s]]
    /\ live' = live
`},
		},
	},
	{
		Module:   "UnlockedSocketList",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 6: the socket list walked and cleared at the final Cleanup without the lock that guards it: a socket created concurrently lands after the walk.",
		Result:   "invariant violated",
		Property: "NoOpenSocketAfterFinalCleanup",
		Edits: []Edit{
			{Old: `OpenSocket(s, l, b) ==
    /\ phase = "Active"
`,
				New: `OpenSocket(s, l, b) ==
    /\ phase \in {"Active", "Draining"}  \* MUTATED: creation races with the walk
`},
		},
	},
	{
		Module:   "TeardownSignalsAborts",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 2: the final Cleanup aborts pending overlapped operations but signals their events (runs their completion routines).",
		Result:   "invariant violated",
		Property: "OverlappedAbortRule",
		Edits: []Edit{
			{Old: `    ELSE LET op2 == IF r.op = "pending" THEN "abortedByTeardown" ELSE "none"
         IN  IF r.linger = "abort" \/ r.unsent = 0
             THEN Dead(op2, FALSE)
`,
				New: `    ELSE LET op2 == IF r.op = "pending" THEN "abortedByTeardown" ELSE "none"
         IN  IF r.linger = "abort" \/ r.unsent = 0
             THEN Dead(op2, r.op = "pending")  \* MUTATED: signalled
`},
		},
	},
	{
		Module:   "StartupDuringTeardown",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 4: a Startup that arrives during teardown restarts the half-torn-down provider instead of waiting for Reinitializable.",
		Result:   "invariant violated",
		Property: "StartupNeverObservesTeardown",
		Edits: []Edit{
			{Old: `StartupFirst(t, v, tab) ==
    /\ phase \in {"Uninitialized", "Reinitializable"}
`,
				New: `StartupFirst(t, v, tab) ==
    /\ phase \in {"Uninitialized", "Reinitializable", "Draining"}  \* MUTATED
`},
		},
	},
	{
		Module:   "TeardownDropsClosingData",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 2: the final Cleanup drops the unsent data of sockets already closed gracefully (the WSACleanup page's \"can be lost\", which the provider page forbids).",
		Result:   "invariant violated",
		Property: "NoSilentDataLoss",
		Edits: []Edit{
			{Old: `    IF r.st # "open" THEN r
`,
				New: `    IF r.st # "open" THEN Dead(r.op, r.notified)  \* MUTATED: drops it
`},
		},
	},
	{
		Module:   "CloseWithUnreadData",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 2: a graceful close that lets go of the connection while the peer's data is still unread: the stack answers with a reset and drops the data it still holds (RFC 1122 4.2.2.13), though the provider counts the close as graceful.",
		Result:   "invariant violated",
		Property: "NoSilentDataLoss",
		Edits: []Edit{
			{Old: `    /\ sent' = sent + sock[s].unsent
    /\ sock' = [sock EXCEPT ![s] = Dead(sock[s].op, sock[s].notified)]
    /\ live' = live - 1
    /\ UNCHANGED <<lifeVars, pc, written, discarded>>
`,
				New: `    /\ sent' = sent + IF sock[s].unread THEN 0 ELSE sock[s].unsent  \* MUTATED: unread data left: the stack resets, the data is gone
    /\ sock' = [sock EXCEPT ![s] = Dead(sock[s].op, sock[s].notified)]
    /\ live' = live - 1
    /\ UNCHANGED <<lifeVars, pc, written, discarded>>
`},
		},
	},
	{
		Module:   "LostWakeup",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 4: a Startup that waits out a teardown is never woken (it waits for the provider it should restart).",
		Result:   "property violated",
		Property: "WaitingStartupCompletes",
		Edits: []Edit{
			{Old: `Ready(t) == pc[t] \in {"idle", "waiting"}
`,
				New: `Ready(t) == pc[t] = "idle"  \* MUTATED: a waiting thread is never woken
`},
		},
	},
	{
		Module:   "FreeWaitsForCaller",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 1 and 4: Free waits for the final Cleanup to have returned, while that Cleanup waits for Free: teardown never ends.",
		Result:   "property violated",
		Property: "TeardownEnds",
		Edits: []Edit{
			{Old: `FreeDone ==
    /\ phase = "Freeing"
`,
				New: `FreeDone ==
    /\ phase = "Freeing"
    /\ \A u \in Threads : pc[u] # "cleaning"  \* MUTATED: waits for the caller
`},
		},
	},
	{
		Module:   "BackgroundSendStalls",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 2: the background send of a socket closed gracefully never resumes: its data is neither delivered nor discarded by a timeout.",
		Result:   "property violated",
		Property: "GracefulDataDrains",
		Edits: []Edit{
			{Old: `Transmit(s) ==
    /\ sock[s].st \in {"open", "closing", "lingering"}
`,
				New: `Transmit(s) ==
    /\ sock[s].st \in {"open", "lingering"}  \* MUTATED: closing sockets stall
`},
		},
	},
	{
		Module:   "DrainWaitsForPeer",
		Original: "ProviderLifecycle",
		Config:   "ProviderLifecycleStuckPeer",
		Mistake:  "CONTRACT 4: draining waits on a stuck peer with no bound (no hand-off to the stack that stays loaded): teardown never ends.",
		Result:   "property violated",
		Property: "TeardownEnds",
		Edits: []Edit{
			{Old: `HandOff(s) ==
    /\ phase = "Draining"
`,
				New: `HandOff(s) ==
    /\ FALSE  \* MUTATED: never hands off, waits for the peer
    /\ phase = "Draining"
`},
		},
	},
	{
		Module:   "FailedInitLeaks",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 3: a first Startup whose initialisation fails but keeps what it allocated: the failed Startup changes the provider.",
		Result:   "invariant violated",
		Property: "IdleHoldsNothing",
		Edits: []Edit{
			{Old: `    /\ v >= Low
    /\ Return(t)
    /\ UNCHANGED <<lifeVars, sockVars>>

\* The first Startup (count 0 -> 1)`,
				New: `    /\ v >= Low
    /\ Return(t)
    /\ resources' = TRUE  \* MUTATED: the failed initialisation leaks
    /\ UNCHANGED <<phase, refs, table, lastStart, balance, sockVars>>

\* The first Startup (count 0 -> 1)`},
		},
	},
	{
		Module:   "VersionNotCapped",
		Original: "ProviderLifecycle",
		Mistake:  "CONTRACT 3: a Startup that negotiates the requested version even above High instead of min(requested, High).",
		Result:   "invariant violated",
		Property: "VersionNegotiated",
		Edits: []Edit{
			{Old: `    /\ refs' = refs + 1
    /\ table' = tab
    /\ lastStart' = [seen |-> phase, req |-> v, ver |-> Min(v, High), tab |-> tab]
    /\ balance' = balance + 1
    /\ Return(t)
    /\ UNCHANGED <<phase, resources, sockVars>>`,
				New: `    /\ refs' = refs + 1
    /\ table' = tab
    /\ lastStart' = [seen |-> phase, req |-> v, ver |-> v, tab |-> tab]  \* MUTATED
    /\ balance' = balance + 1
    /\ Return(t)
    /\ UNCHANGED <<phase, resources, sockVars>>`},
		},
	},
	{
		Module:   "LayeredUnmatchedLower",
		Original: "LayeredProvider",
		Mistake:  "CONTRACT 5 and 6: a layered provider that leaves a lower Startup unmatched when a later step of its own Startup fails.",
		Result:   "invariant violated",
		Property: "LowerStartupsMatched",
		Edits: []Edit{
			{Old: `FirstStartupOwnFails(t) ==
    /\ pc[t] = "lowerStarted"
    /\ brefs' = brefs - 1
    /\ lowerHeld' = lowerHeld - 1
    /\ pc' = [pc EXCEPT ![t] = "idle"]
    /\ lock' = NoThread
    /\ UNCHANGED <<lrefs, others, held, usock, life>>
`,
				New: `FirstStartupOwnFails(t) ==
    /\ pc[t] = "lowerStarted"
    \* MUTATED: returns the error without the base Cleanup
    /\ pc' = [pc EXCEPT ![t] = "idle"]
    /\ lock' = NoThread
    /\ UNCHANGED <<lrefs, lowerHeld, brefs, others, held, usock, life>>
`},
		},
	},
	{
		Module:   "LayeredFailedStartupTearsDown",
		Original: "LayeredProvider",
		Mistake:  "CONTRACT 5 and 6: a layered provider whose failed Startup tears down providers and sockets still in use by earlier users.",
		Result:   "invariant violated",
		Property: "UsersUnaffected",
		Edits: []Edit{
			{Old: `StartupAgainFails(t) ==
    /\ CanCall(t)
    /\ lrefs > 0
    /\ UNCHANGED vars
`,
				New: `StartupAgainFails(t) ==
    /\ CanCall(t)
    /\ lrefs > 0
    \* MUTATED: the failure path runs the global cleanup
    /\ brefs' = brefs - lowerHeld
    /\ lowerHeld' = 0
    /\ usock' = [u \in Threads |-> FALSE]
    /\ UNCHANGED <<lrefs, others, held, pc, lock, life>>
`},
		},
	},
	{
		Module:   "LayeredCleanupReportsFailure",
		Original: "LayeredProvider",
		Mistake:  "CONTRACT 6: a layered provider whose successful (final) Cleanup still reports failure: its caller keeps believing it holds a reference.",
		Result:   "invariant violated",
		Property: "LayeredCountMatches",
		Edits: []Edit{
			{Old: `    /\ lrefs' = 0
    /\ held' = [held EXCEPT ![t] = held[t] - 1]
`,
				New: `    /\ lrefs' = 0
    /\ held' = held  \* MUTATED: did the work, reported an error
`},
		},
	},
	{
		Module:   "LayeredLowerCleanupUnguarded",
		Original: "LayeredProvider",
		Mistake:  "CONTRACT 5: a layered provider that calls the base Cleanup although the base Startup failed: the base count goes below zero.",
		Result:   "invariant violated",
		Property: "BaseCountNeverNegative",
		Edits: []Edit{
			{Old: `FirstStartupLowerFails(t) ==
    /\ CanCall(t)
    /\ lrefs = 0
    /\ UNCHANGED vars
`,
				New: `FirstStartupLowerFails(t) ==
    /\ CanCall(t)
    /\ lrefs = 0
    /\ brefs' = brefs - 1  \* MUTATED: base Cleanup without a base Startup
    /\ UNCHANGED <<lrefs, lowerHeld, others, held, usock, pc, lock, life>>
`},
		},
	},
	{
		Module:   "LayeredFreeBeforeDrain",
		Original: "LayeredProvider",
		Mistake:  "CONTRACT 1 and 5: a layered provider whose final Cleanup frees everything and returns at once, with no teardown (Drain, then Free) its application can see: seen from its application it is not a provider.",
		Result:   "action property violated",
		// [][Next]_vars of Base!Spec (ImplementsBaseFair), named as TLC
		// names a conjunct written in another module.
		Property: "line 479, col 8 to line 479, col 20 of module ProviderLifecycle",
		Edits: []Edit{
			{Old: `    /\ pc' = [pc EXCEPT ![t] = "cleaning"]
    /\ lphase' = "Draining"
    /\ UNCHANGED <<lowerHeld, brefs, others, lock, lseen>>
`,
				New: `    \* MUTATED: frees at once and returns: no Drain, no Free step
    /\ lphase' = "Reinitializable"
    /\ lseen' = "none"
    /\ brefs' = brefs - lowerHeld
    /\ lowerHeld' = 0
    /\ UNCHANGED <<others, pc, lock>>
`},
		},
	},
}
