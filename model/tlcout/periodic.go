package tlcout

import (
	"regexp"
	"strings"
)

var (
	rePeriodic = regexp.MustCompile(`temporal properties for the current state space with (\d+) total distinct states`)
	reTemporal = regexp.MustCompile(`Temporal property (\S+) was violated`)
)

// PeriodicLiveness reports whether TLC's output (tool: -tool's framed
// form) shows a temporal property violated by one of TLC's periodic
// liveness checks, which look at the part of the state graph found so far
// ("for the current state space"), rather than by the final check; states
// is the number of states that check saw, property the one violated.
//
// Such a verdict comes from a clock, not from the search: TLC's
// AbstractChecker.runTLC waits 3 seconds after the workers start, then
// calls ModelChecker.doPeriodicWork, and again after each progress report
// (every minute); doPeriodicWork runs LiveCheck.check on the partial graph
// when that graph grew by more than TLCGlobals.livenessThreshold (10%)
// since the last check and liveness checking has taken at most
// TLCGlobals.livenessRatio (20%) of the run so far. A violation found there
// stops the search at once, so the counts TLC reports (and which lasso it
// prints) depend on how far a machine got in 3 seconds: TLC itself gives
// other counts on a faster or slower machine, or under load. wspcycle checks
// liveness once, on the complete graph (-lncheck final), which is what
// TLC does whenever its search ends before its clock strikes.
func PeriodicLiveness(out string, tool bool) (states, property string, ok bool) {
	pending := ""
	for _, b := range splitMessages(out, tool) {
		if m := rePeriodic.FindStringSubmatch(b); m != nil {
			pending = m[1]
			continue
		}
		if pending == "" {
			continue
		}
		if strings.Contains(b, "Finished checking temporal properties") {
			pending = ""
			continue
		}
		if m := reTemporal.FindStringSubmatch(b); m != nil {
			return pending, m[1], true
		}
	}
	return "", "", false
}
