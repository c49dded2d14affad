package model

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TracePrints holds what TLC prints while it rebuilds a trace, where it
// prints it. TLC's runs (rev cc6b616, -workers 1) of the specs are in
// testdata/tlc/print (NAME.text.out); in each, Init prints <<"init", x>>
// for x = 0 and 10 (init below), and rebuilding the step from x = i to a
// successor evaluates B, which prints <<"B", i>> and fails, then A, which
// prints <<"A", i, i+1>> (step(i)). s1 is the last state TLC stored; TLC
// rebuilds the states before s1 after the verdict's message (Before), s1
// and the violating state s2 just before printing each (States), and after
// the trace the whole trace again, or only the step to s2 after an error
// evaluating s2 (After):
//   - TraceInv (x = 0..4, Inv fails at 4, s1 = 3): Before init, step(0),
//     step(1); step(2) before state 4, step(3) before state 5; After init
//     and every step;
//   - TraceTwo (x = 0, 1; s1 is initial): no Before; step(0) before state
//     2; After init, step(0);
//   - TraceDead (x = 0..3, deadlock in s1 = 3, no s2): Before init,
//     step(0), step(1); step(2) before state 4; After init, every step;
//   - TraceInitDead (a deadlock in the initial state 10): only After, init;
//   - TraceNextErr (B fails in x = 3 after printing): as TraceDead, and
//     After ends with Next evaluated in x = 3 again: <<"B", 3>>, then the
//     error;
//   - TraceInvErr and TraceConErr (Inv, the CONSTRAINT, fail to evaluate in
//     x = 12, from 10): Before init; step(10) before state 2, step(11)
//     before state 3; After only step(11);
//   - TraceInit (Inv fails in the initial state 10): nothing rebuilt.
//
// The search's own prints go to the spec's print writer; the replay that
// builds the trace prints nothing there.
func TestTracePrints(t *testing.T) {
	const init = "<<\"init\", 0>>\n<<\"init\", 10>>\n"
	step := func(from ...int) string {
		var b strings.Builder
		for _, i := range from {
			fmt.Fprintf(&b, "<<\"B\", %d>>\n<<\"A\", %d, %d>>\n", i, i, i+1)
		}
		return b.String()
	}
	for _, c := range []struct {
		name          string
		before, after string
		states        map[int]string
		nilPrints     bool
	}{
		{name: "TraceInv", before: init + step(0, 1), states: map[int]string{3: step(2), 4: step(3)}, after: init + step(0, 1, 2, 3)},
		{name: "TraceTwo", states: map[int]string{1: step(0)}, after: init + step(0)},
		{name: "TraceDead", before: init + step(0, 1), states: map[int]string{3: step(2)}, after: init + step(0, 1, 2)},
		{name: "TraceInitDead", after: init},
		{name: "TraceNextErr", before: init + step(0, 1), states: map[int]string{3: step(2)}, after: init + step(0, 1, 2) + "<<\"B\", 3>>\n"},
		{name: "TraceInvErr", before: init, states: map[int]string{1: step(10), 2: step(11)}, after: step(11)},
		{name: "TraceConErr", before: init, states: map[int]string{1: step(10), 2: step(11)}, after: step(11)},
		{name: "TraceInit", nilPrints: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join("testdata", "tlc", "print")
			var search bytes.Buffer
			sp, err := eval.LoadFilesWith(eval.Options{Print: &search}, filepath.Join(dir, c.name+".tla"), filepath.Join(dir, c.name+".cfg"))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Check(context.Background(), sp, Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Result == ResultOK {
				t.Fatalf("no verdict")
			}
			// The search prints each initial state's line once, and no
			// replay adds to it.
			if n := strings.Count(search.String(), "<<\"init\", 10>>"); n != 1 {
				t.Errorf("the search's output has init's line %d times:\n%s", n, search.String())
			}
			tp := rep.TracePrints
			if c.nilPrints {
				if tp != nil {
					t.Errorf("TracePrints %+v, want nil", tp)
				}
				return
			}
			if tp == nil {
				t.Fatal("no TracePrints")
			}
			if tp.Before != c.before {
				t.Errorf("Before:\n%s\nwant:\n%s", tp.Before, c.before)
			}
			if tp.After != c.after {
				t.Errorf("After:\n%s\nwant:\n%s", tp.After, c.after)
			}
			if len(tp.States) != len(rep.Trace) {
				t.Fatalf("%d States for %d states", len(tp.States), len(rep.Trace))
			}
			for i, s := range tp.States {
				if s != c.states[i] {
					t.Errorf("before state %d:\n%s\nwant:\n%s", i+1, s, c.states[i])
				}
			}
		})
	}
}

// A counterexample to a temporal property TLC rebuilds whole before its
// verdict's message, and the step that closes the lasso before "Back to
// state" (TLC's run of TraceLive in testdata/tlc/print: after "Checking
// temporal properties ..." init's lines and B and A from x = 0, 1 and 2,
// then the verdict and states 1 to 4, then <<"B", 3>>, B being the action
// from x = 3 back to x = 0, and A not evaluated).
func TestLivePrints(t *testing.T) {
	dir := filepath.Join("testdata", "tlc", "print")
	var search bytes.Buffer
	sp, err := eval.LoadFilesWith(eval.Options{Print: &search}, filepath.Join(dir, "TraceLive.tla"), filepath.Join(dir, "TraceLive.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultProperty || rep.LoopBack != 1 || len(rep.Trace) != 4 {
		t.Fatalf("%s, %d states back to %d: want Prop violated on x = 0..3 back to 1", rep.Result, len(rep.Trace), rep.LoopBack)
	}
	tp := rep.TracePrints
	want := "<<\"init\", 0>>\n<<\"init\", 10>>\n<<\"B\", 0>>\n<<\"A\", 0, 1>>\n<<\"B\", 1>>\n<<\"A\", 1, 2>>\n<<\"B\", 2>>\n<<\"A\", 2, 3>>\n"
	if tp == nil || tp.Early != want || tp.Loop != "<<\"B\", 3>>\n" {
		t.Errorf("TracePrints %+v, want Early:\n%sLoop <<\"B\", 3>>", tp, want)
	}
	if strings.Contains(search.String(), "<<\"init\", 0>>\n<<\"B\", 0>>\n<<\"A\", 0, 1>>\n<<\"B\", 1>>") {
		t.Errorf("the replay that builds the lasso printed:\n%s", search.String())
	}
}
