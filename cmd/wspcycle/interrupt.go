package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// interruptGrace is how long a phase may take to stop by itself once
// Ctrl-C (or SIGTERM) cancelled the context: the search stops at once and
// reports its counts, but a phase that does not poll the context (parsing,
// compiling, reading a FIFO, one long evaluation in Init) is abandoned
// after it, so that the command always ends.
const interruptGrace = 2 * time.Second

// interruptible runs f, the one phase of a command (loading a spec, a
// search), and returns its result. When ctx is cancelled before f returns,
// f gets interruptGrace to return (the checker does, with a partial
// report); if it does not, interruptible says so on stderr for the command
// cmd and returns ok false: the command exits 130 and the process ends,
// which stops f. f must not write to stdout after that.
func interruptible[T any](ctx context.Context, cmd string, stderr io.Writer, f func() T) (res T, ok bool) {
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case res = <-done:
		return res, true
	case <-ctx.Done():
	}
	select {
	case res = <-done:
		return res, true
	case <-time.After(interruptGrace):
		fmt.Fprintf(stderr, "wspcycle %s: interrupted\n", cmd)
		return res, false
	}
}

// loaded is what loading a spec gives, for interruptible.
type loaded struct {
	sp   *eval.Spec
	code int
	err  error
}

// checked is what a search gives, for interruptible.
type checked struct {
	rep *model.Report
	err error
}
