//go:build wspcycle_mutants

package fsm

import (
	"errors"
	"sync/atomic"
)

// mutationsEnabled is true in a build with -tags wspcycle_mutants: the mutation points of
// the runtime can be switched on, one at a time, with SetMutant.
const mutationsEnabled = true

// active is the name of the mutant switched on, or nil. It is read at every mutation
// point, hence atomic: a test switches it between suites while goroutines of the last
// suite may still be finishing.
var active atomic.Pointer[string]

// Mutants lists the runtime's mutation points (see mutantNames for what each one breaks).
// Only in a build with -tags wspcycle_mutants, for the mutation tests of proptest.
func Mutants() []string { return append([]string(nil), mutantNames[:]...) }

// SetMutant switches the named mutant on for every provider of the process, or every
// mutant off with "". It is a test-only switch, process-wide: a test that uses it must not
// run suites in parallel. An unknown name is an error and switches nothing.
func SetMutant(name string) error {
	if name == "" {
		active.Store(nil)
		return nil
	}
	for i := range mutantNames {
		if mutantNames[i] == name {
			active.Store(&mutantNames[i])
			return nil
		}
	}
	return errors.New("fsm: no mutant named " + name)
}

// mutant reports whether the named mutation point is switched on.
func mutant(name string) bool {
	p := active.Load()
	return p != nil && *p == name
}
