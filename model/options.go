package model

import (
	"io"
	"time"
)

// Options tune a run of Check. The zero value is a sensible default: all
// cores, no state limit, no progress output.
type Options struct {
	// SearchSilent drops what the spec prints during the search; the
	// report's TracePrints are still made. For a search whose own prints
	// are not wanted (a test comparing runs).
	SearchSilent bool
	// DeferPostcondition leaves the POSTCONDITION of a run without
	// violation to Report.PostconditionAfter, for a caller that prints
	// something first (wspcycle tlc -continue).
	DeferPostcondition bool
	// PrefixExpanded rebuilds, with a temporal property violated by a
	// finite prefix, a shortest trace to the state whose expansion
	// completed the prefix (Report.PrefixExpanded): TLC with -continue
	// prints it after the counterexample.
	PrefixExpanded bool
	// Continue, when not nil, is TLC's -continue: a state that violates
	// an invariant, or a step that violates an action property ([][A]_v),
	// does not stop the search. The violation's report
	// (Result, Property, Trace, TracePrints, CovRebuild, Ranges) is
	// passed to Continue as soon as it is found, in the middle of the
	// search, as TLC prints it, and the state goes on as any other
	// (queued, expanded). Only the first invariant a state violates, and
	// the first action property a step violates, is reported (TLC's
	// doNextCheckInvariants and doNextCheckImplied return there). Any
	// other verdict (deadlock, an evaluation error, a temporal property)
	// still ends the run. The search runs with one worker, so
	// that the reports come in TLC's order among the spec's prints; the
	// calls are made from the search's goroutine.
	Continue func(*Report)
	// Workers is the number of goroutines expanding states; 0 means
	// runtime.GOMAXPROCS(0). Counts and verdicts do not depend on it (the
	// search goes level by level), only the choice among equally short
	// counterexamples may.
	Workers int
	// MaxStates stops the search with ResultStateLimit once more than this
	// many distinct states were found; 0 means unlimited.
	MaxStates int64
	// MaxMemory stops the search with ResultMemoryLimit once the Go heap
	// grows past this many bytes, before the machine starts swapping or the
	// kernel kills the process; 0 means no limit. While an in-memory search
	// runs it is also the collector's soft limit (BoundMemory).
	MaxMemory uint64
	// Progress receives a TLC-style progress line every ProgressEvery while
	// the search runs; nil means silent.
	Progress      io.Writer
	ProgressEvery time.Duration // 0 means 3 seconds
	// Events, when not nil, is called as the run goes: when the initial
	// states are computed, every ProgressEvery, and before the temporal
	// properties are checked, so that a front end can print TLC's
	// messages as they happen rather than at the end. It is called from
	// the search's goroutines, one call at a time.
	Events func(Event)
	// ReadSource, when not nil, reads a source file of the spec, so that
	// the report can name the source range of each action
	// (Report.Ranges), as TLC's traces do.
	ReadSource func(filename string) ([]byte, error)
	// AliasErrorText, when not nil, is the text of the field
	// _ALIASEvalError that shows a trace state the ALIAS fails to evaluate
	// in (TLC's message of the error, which `wspcycle tlc -tool` frames);
	// nil means the error's message.
	AliasErrorText func(err error) string
	// RecordGraph keeps every state and edge (with its action label) in
	// Report.Graph, for the DOT output. It is meant for small models: past
	// GraphLimit states (0 means 10000) recording stops and Report.Graph is
	// left nil with a warning.
	RecordGraph bool
	// RecordConstrained records too, with RecordGraph, each step to a
	// successor a CONSTRAINT or ACTION_CONSTRAINT excludes
	// (GraphEdge.Excluded), as TLC's -dump dot,constrained draws them.
	RecordConstrained bool
	GraphLimit        int

	// DiskDir, when not empty, runs the disk-backed search with its files
	// in this directory (created if needed; a fresh run removes the files
	// of an earlier one): the visited set keeps 8 bytes a state in memory
	// up to half of MaxMemory (512 MB without a limit) and spills to sorted
	// runs on disk beyond it, the queue, the trace links and the temporal
	// properties' behaviour graph are files. MaxMemory then bounds the
	// table instead of stopping the search. Not with RecordGraph. See
	// disk.go and graphdisk.go.
	DiskDir string
	// Checkpoint, when positive, writes a checkpoint in DiskDir at the
	// first level boundary after each such interval (and after the
	// initial states).
	Checkpoint time.Duration
	// Recover resumes the search from DiskDir's checkpoint; the run ends
	// with the counts and verdict of an uninterrupted one.
	Recover bool
	// OnCheckpoint, when not nil, is called after each checkpoint is
	// written, with the level it resumes at.
	OnCheckpoint func(level int)
}

func (o Options) progressEvery() time.Duration {
	if o.ProgressEvery <= 0 {
		return 3 * time.Second
	}
	return o.ProgressEvery
}

func (o Options) graphLimit() int {
	if o.GraphLimit <= 0 {
		return 10000
	}
	return o.GraphLimit
}

// EventKind says what an Event reports.
type EventKind int

const (
	EventStart    EventKind = iota // the search starts (Branches: the temporal properties' parts)
	EventInit                      // the initial states are computed
	EventProgress                  // the search is running (every Options.ProgressEvery)
	EventLiveness                  // the search is complete; the temporal properties are checked next
)

// Event is a report from a running Check, with the counts at that moment.
type Event struct {
	Kind                       EventKind
	Level                      int   // the breadth-first level being expanded (1: the initial states)
	Generated, Distinct, Queue int64 // as in Report
	Init                       int64 // distinct initial states
	Branches                   int   // for EventLiveness: the temporal properties' parts
	// LiveExtra, for EventLiveness: the states TLC's product graphs hold
	// that the search did not find (liveextra.go).
	LiveExtra int64
	Elapsed   time.Duration
}
