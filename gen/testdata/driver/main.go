// Command driver runs the machine that `wspcycle gen -package main` compiles from
// Driver.tla (driver_gen.go, generated next to this file by gen's
// TestGeneratedPackageBuildsAndRuns in a module of its own): a fixed script of triggers,
// on several machines at once (the test builds it with -race), printing one line per step.
// It uses every part of the generated file: configure, waits, fastStep and the errors.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/qmuntal/stateless"
)

// machine is one driver: its phase, its counter and the stateless machine over them.
type machine struct {
	state State
	v     vars
	sm    *stateless.StateMachine
}

func newMachine(max int) *machine {
	m := &machine{state: initialState, v: vars{Max: max}}
	m.sm = stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return m.state, nil },
		func(_ context.Context, s stateless.State) error { m.state = s.(State); return nil },
		stateless.FiringImmediate)
	configure(m.sm)
	return m
}

// step fires t the way a runtime would: a waiting call does not fire, and the fast path
// must agree with the machine wherever it applies.
func (m *machine) step(t Trigger) string {
	if waits(t, m.state, &m.v) {
		return fmt.Sprintf("%v: waits in %v(%d)", t, m.state, m.v.Refs)
	}
	fast := m.v
	fastOK := fastStep(t, m.state, &fast)
	err := m.sm.Fire(t, &m.v)
	if fastOK && (err != nil || fast != m.v) {
		return fmt.Sprintf("%v: fastStep disagrees with the machine", t)
	}
	s := fmt.Sprintf("%v: %v(%d)", t, m.state, m.v.Refs)
	switch {
	case err == nil:
	case errors.Is(err, ErrProcessLimit), errors.Is(err, ErrNotInitialised), errors.Is(err, ErrInProgress):
		s += " refused: " + err.Error()
	default:
		s += " no transition"
	}
	return s
}

var script = []Trigger{
	TriggerStop, TriggerStart, TriggerStart, TriggerStart, TriggerSuspend, TriggerStart,
	TriggerStop, TriggerResume, TriggerStop, TriggerStop, TriggerResume, TriggerStart,
}

func main() {
	max := 2
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		max = n
	}
	const machines = 4
	logs := make([]string, machines)
	var wg sync.WaitGroup
	for i := range logs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := newMachine(max)
			var b strings.Builder
			for _, t := range script {
				b.WriteString(m.step(t) + "\n")
			}
			logs[i] = b.String()
		}()
	}
	wg.Wait()
	for _, l := range logs[1:] {
		if l != logs[0] {
			fmt.Fprintln(os.Stderr, "machines given the same script disagree")
			os.Exit(1)
		}
	}
	fmt.Print(logs[0])
}
