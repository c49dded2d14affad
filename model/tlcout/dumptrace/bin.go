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
// models are the cfg's model values in TLC's order (tlcbin.ModelNames).
func TLCBin(sp *eval.Spec, rep *model.Report, models []string) ([]byte, error) {
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
	// vars: the names as strings, in TLC's order of strings.
	sorted := append([]string(nil), rep.Vars...)
	sort.SliceStable(sorted, func(a, b int) bool { return value.Compare(strs.Str(sorted[a]), strs.Str(sorted[b])) < 0 })
	type pair struct{ i int } // the key of <<i, s_i>>, one object
	statePair := func(i int) error {
		return e.Tuple(pair{i}, 2, func(k int) error {
			if k == 0 {
				return e.Int(int64(i))
			}
			st := rep.Trace[i-1].State
			return e.Record(nil, varNames, func(f int) error {
				j := order[f]
				if j >= len(st) || st[j] == nil {
					return e.Value(value.BoolV(false))
				}
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
