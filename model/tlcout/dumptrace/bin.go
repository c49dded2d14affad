package dumptrace

import (
	"sort"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout/tlcbin"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's -dumpTrace tlc FILE (and the SPEC_TTrace_N.bin of the trace
// exploration spec) is module _TLCTrace's post-condition
//
//	_TLCTraceSerialize([counterexample |-> CounterExample, vars |-> vars], _TLCTraceFile)
//
// with vars the set of the trace's variable names, written by TLC's
// ValueOutputStream, gzipped (package tlcbin). CounterExample is
// TLCExt's record [state |-> {<<i, s_i>>}, action |-> {<<<<i, s_i>>,
// [name |-> A, location |-> [beginLine |-> .., module |-> M]],
// <<j, s_j>>>>}] with each s_i a record of the state's variables; the
// pairs <<i, s_i>> are one object in both sets, so TLC writes each once
// and refers to it from the actions, and an action's strings are new
// objects each time. TLC's records here are normalized with their fields
// in its intern order: vars before counterexample, state before action,
// name before location, the location's fields as listed (TLC rev cc6b616
// on probe specs; testdata/tlcbin).

// TLCBin encodes rep's counterexample as TLC's -dumpTrace tlc file:
// models are the cfg's model values in TLC's order (tlcbin.ModelNames);
// simulated says the trace is a simulator's behaviour.
//
// Which values TLC writes once and refers to after is Java identity
// (package tlcbin), which follows how TLC made the trace's states: it
// rebuilds the states of a trace from the initial state, each the
// successor computed from the state before it, so a variable a step
// leaves unchanged is one object in both (TLC rev cc6b616, probe Deadlock).
// The state that violates an invariant or an action property, or fails
// to evaluate, is the one the search computed from its own deep copy of
// the state before: it shares the strings and sets of that state (which
// Value.deepCopy keeps) but none of its tuples, records and functions
// (probes J and P1). A simulator keeps the objects of its behaviour. Here the values a variable shares with its value in
// the state before are those of one Go identity, which the evaluator
// keeps for what a step leaves as it is; strings equal within a state
// are separate objects to TLC (each literal's), and are written so.
func TLCBin(sp *eval.Spec, rep *model.Report, models []string, simulated bool) ([]byte, error) {
	var strs *value.Strings
	if sp.Run != nil {
		strs = sp.Run.Strings()
	}
	order := model.TraceOrder(rep.Vars, rep.VarOrder, rep.VarsInOrder)
	varNames := make([]string, len(order))
	for i, j := range order {
		varNames[i] = rep.Vars[j]
	}
	e := tlcbin.NewEncoder(tlcbin.Index(models), varNames)
	// vars, and each state's fields: the names in TLC's order of strings
	// (a state's record is normalized, its fields sorted by their
	// intern order, which value.Compare is).
	byName := make([]int, len(rep.Vars))
	for i := range byName {
		byName[i] = i
	}
	sort.SliceStable(byName, func(a, b int) bool {
		return value.Compare(strs.Str(rep.Vars[byName[a]]), strs.Str(rep.Vars[byName[b]])) < 0
	})
	sorted := make([]string, len(byName))
	for i, j := range byName {
		sorted[i] = rep.Vars[j]
	}
	type pair struct{ i int } // the key of <<i, s_i>>, one object
	n := len(rep.Trace)
	lastFresh := !simulated && rep.LoopBack == 0 && n > 1 &&
		(rep.Result == model.ResultInvariant || rep.Result == model.ResultActionProperty || rep.Result == model.ResultError)
	// written[i][j]: the values written for variable j of state i+1.
	written := make([][]map[any]int, n)
	statePair := func(i int) error {
		return e.Tuple(pair{i}, 2, func(k int) error {
			if k == 0 {
				return e.Int(int64(i))
			}
			st := rep.Trace[i-1].State
			written[i-1] = make([]map[any]int, len(st))
			defer e.Share(nil, nil, false)
			return e.Record(nil, sorted, func(f int) error {
				j := byName[f]
				if j >= len(st) || st[j] == nil {
					return e.Value(value.BoolV(false))
				}
				var prev map[any]int
				if i > 1 && j < len(written[i-2]) {
					prev = written[i-2][j]
				}
				written[i-1][j] = map[any]int{}
				e.Share(prev, written[i-1][j], lastFresh && i == n)
				return e.Value(st[j])
			})
		})
	}
	edges := steps(sp, rep)
	err := e.Record(nil, []string{"vars", "counterexample"}, func(f int) error {
		if f == 0 {
			return e.SetEnum(nil, len(sorted), func(i int) error {
				e.FreshString(sorted[i])
				return nil
			})
		}
		return e.Record(nil, []string{"state", "action"}, func(f int) error {
			if f == 0 {
				return e.SetEnum(nil, len(rep.Trace), func(i int) error { return statePair(i + 1) })
			}
			return e.SetEnum(nil, len(edges), func(k int) error {
				st := edges[k]
				return e.Tuple(nil, 3, func(i int) error {
					switch i {
					case 0:
						return statePair(st.From)
					case 2:
						return statePair(st.To)
					}
					bl, bc, el, ec, m := st.location()
					return e.Record(nil, []string{"name", "location"}, func(f int) error {
						if f == 0 {
							e.FreshString(st.Name)
							return nil
						}
						nums := []int{bl, bc, el, ec}
						return e.Record(nil, []string{"beginLine", "beginColumn", "endLine", "endColumn", "module"}, func(f int) error {
							if f < 4 {
								return e.Int(int64(nums[f]))
							}
							e.FreshString(m)
							return nil
						})
					})
				})
			})
		})
	})
	if err != nil {
		return nil, err
	}
	return e.Bytes(), nil
}
