//go:build race

package eval

// raceEnabled: the race detector slows loading about tenfold, so the
// longest generated inputs are cut to a size that still overflows a
// recursion under the tests' 16 MB stack (deep_test.go).
const raceEnabled = true
