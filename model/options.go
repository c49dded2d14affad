package model

import (
	"io"
	"time"
)

// Options tune a run of Check. The zero value is a sensible default: all
// cores, no state limit, no progress output.
type Options struct {
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
	// kernel kills the process; 0 means no limit.
	MaxMemory uint64
	// Progress receives a TLC-style progress line every ProgressEvery while
	// the search runs; nil means silent.
	Progress      io.Writer
	ProgressEvery time.Duration // 0 means 3 seconds
	// RecordGraph keeps every state and edge (with its action label) in
	// Report.Graph, for the DOT output. It is meant for small models: past
	// GraphLimit states (0 means 10000) recording stops and Report.Graph is
	// left nil with a warning.
	RecordGraph bool
	GraphLimit  int
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
