package simulate

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// The simulator is the eval.SimView of its run: what TLC's simulator
// answers to TLCGet("stats"), TLCGet("action") and TLCGet("diameter")
// while it generates behaviours (TLC rev cc6b616: Simulator.getStatistics,
// SimulationWorker.getTraceStatistics and getTraceCnt, TLCGetSet).

// succLabel is the successor being checked (TLC's s0 in its invariants
// and constraints): its action's label and range (model.TraceState).
type succLabel struct {
	label string
	act   int
}

// SimStats: the behaviours begun (TLC counts one when it begins it), the
// states generated (the initial states count once all are computed), the
// moments of the lengths of the behaviours done (Options.Moments), and
// the actions of the steps up to s0 by name.
func (s *simulator) SimStats(succ bool) eval.SimStats {
	st := eval.SimStats{Traces: int64(s.res.Behaviours), Generated: s.res.Generated, Behavior: int64(s.res.Behaviours)}
	if s.initCounted {
		st.Generated += s.res.InitStates
	}
	if f := s.res.Opt.Moments; f != nil {
		st.LevelMean, st.LevelVariance = f(st.Traces)
	}
	if !s.walking {
		return st
	}
	count := func(label string) {
		if st.Actions == nil {
			st.Actions = map[string]int64{}
		}
		st.Actions[actionName(label)]++
	}
	for _, ts := range s.path[min(1, len(s.path)):] {
		count(ts.Action)
	}
	if succ && s.succ != nil {
		count(s.succ.label)
	}
	return st
}

// SimAction is the action of s0: the successor being checked, the last
// state of the behaviour, or for an initial state the initial predicate;
// none while the initial states are computed.
func (s *simulator) SimAction(succ bool) (eval.SimAction, bool) {
	var ts model.TraceState
	switch {
	case succ && s.succ != nil:
		ts = model.TraceState{Action: s.succ.label, Act: s.succ.act}
	case succ && !s.walking, !succ && s.walking && len(s.path) == 1:
		return parseAction(s.sp.InitLabel)
	case !succ && s.walking && len(s.path) > 1:
		ts = s.path[len(s.path)-1]
	default:
		return eval.SimAction{}, false
	}
	if s.ranges == nil && s.res.Opt.ReadSource != nil {
		s.ranges = ActionRanges(s.sp, s.res.Opt.ReadSource)
	}
	a, ok := parseAction(model.TraceFormat{Ranges: s.ranges}.Label(ts))
	if ok && s.params != nil {
		if p, found := s.params[ts.Action]; found {
			a.Params, a.Values = p.Parameters()
		}
	}
	return a, ok
}

// SimTrace is the number of the behaviour being generated; 0 for the
// initial states, which TLC computes on its main thread.
func (s *simulator) SimTrace() int64 {
	if !s.walking {
		return 0
	}
	return int64(s.res.Behaviours)
}

// actionName is the name TLC's Action.getName gives a step: its label
// without the values of the definition's parameters ("C(6)": "C").
func actionName(label string) string {
	if i := strings.IndexByte(label, '('); i > 0 {
		return label[:i]
	}
	return label
}

// reLabel is a label as TLC prints it: the action, then its range.
var reLabel = regexp.MustCompile(`^(.*) line (\d+), col (\d+) to line (\d+), col (\d+) of module (\S+)$`)

// parseAction reads an action's name and range from its label; a label
// without a range is TLC's unknown action.
func parseAction(label string) (eval.SimAction, bool) {
	m := reLabel.FindStringSubmatch(label)
	if m == nil {
		return eval.SimAction{}, false
	}
	n := func(s string) int64 { v, _ := strconv.ParseInt(s, 10, 64); return v }
	return eval.SimAction{Name: actionName(m[1]), Module: m[6], BeginLine: n(m[2]), BeginColumn: n(m[3]), EndLine: n(m[4]), EndColumn: n(m[5])}, true
}
