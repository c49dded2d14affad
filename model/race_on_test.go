//go:build race

package model

// raceEnabled: the race detector slows the search about tenfold, so the
// large reference runs are left to the run without it (make test has one).
const raceEnabled = true
