package model

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestContinueReports: with Options.Continue each invariant violation is
// reported as it is found, in TLC's order (TLC rev cc6b616 on ContTwoInv:
// the initial state x=1 violates Inv, then (1,1) Inv, (3,0) Inv2, (2,1)
// Inv2, and (1,2), which violates both, Inv only), each with its trace,
// and the search goes on over the whole state space (19 generated, 12
// distinct states) to end without a violation; the same with two workers
// and with the disk store.
func TestContinueReports(t *testing.T) {
	const want = `Inv [[1 0]]
Inv [[1 0] [1 1]]
Inv2 [[1 0] [2 0] [3 0]]
Inv2 [[1 0] [2 0] [2 1]]
Inv [[1 0] [1 1] [1 2]]
ok gen=19 distinct=12
`
	dir := filepath.Join("testdata", "tlc", "contprints")
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"one", Options{Workers: 1}},
		{"two", Options{Workers: 2}},
		{"disk", Options{Workers: 2, DiskDir: t.TempDir()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp, err := eval.LoadFiles(filepath.Join(dir, "ContTwoInv.tla"), filepath.Join(dir, "ContTwoInv.cfg"))
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			opt := tc.opt
			opt.SearchSilent = true
			opt.Continue = func(rep *Report) {
				if rep.Result != ResultInvariant {
					t.Errorf("report %s, want %s", rep.Result, ResultInvariant)
				}
				var states []string
				for _, st := range rep.Trace {
					states = append(states, fmt.Sprint(st.State))
				}
				fmt.Fprintf(&got, "%s %v\n", rep.Property, states)
			}
			rep, err := Check(context.Background(), sp, opt)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&got, "%s gen=%d distinct=%d\n", rep.Result, rep.Generated, rep.Distinct)
			if got.String() != want {
				t.Errorf("got\n%swant\n%s", got.String(), want)
			}
		})
	}
}
