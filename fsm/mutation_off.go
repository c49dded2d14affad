//go:build !wspcycle_mutants

package fsm

// mutationsEnabled is false in every ordinary build: the runtime carries no mutants.
const mutationsEnabled = false

// mutant reports whether the named mutation point is switched on. In an ordinary build it
// never is: the call inlines to false and the compiler removes the branch it guards, so the
// mutation points cost nothing (the objdump of the hot path is the same with and without
// them). Build with -tags wspcycle_mutants to get the switch (mutation_on.go).
func mutant(string) bool { return false }
