package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// TestTLCSimulateGolden compares `wspcycle tlc -simulate` with TLC's own
// runs kept in model/testdata/tlc/simulate, plain and -tool, after
// normalising the facts of the machine and the moment:
//   - Pool, num=20 -depth 10 -seed 1: no violation; 20 behaviours of 10
//     steps (-depth counts steps), 201 states (the initial state and each
//     step's), "Progress: 201 states checked, 20 traces generated (trace
//     length: mean=10, var(x)=0, sd=0)" before the statistics, and with
//     -tool the 2209 line twice;
//   - LiveFail, num=20 -depth 50 -seed 5: the first behaviour violates
//     Served; the trace's first state is named by Init's source range, the
//     statistics come before the progress line, whose lengths leave out
//     the failing behaviour (mean=0 over 1 trace generated), exit 13
//     (TLC's worker stops at once after a liveness violation);
//   - SimDet (model/testdata/tlc/dumptrace), num=5 -depth 10 -seed 1: its
//     one behaviour fails at x = 3, the fourth state. TLC's worker goes on
//     after a violation while its main thread prints it, and here finishes
//     all 5 behaviours first: 16 states (the initial state, then 3 steps
//     in each of 5 behaviours), 5 traces generated, and the lengths'
//     statistics 0 (TLC measures only the behaviours that did not fail),
//     exit 12;
//   - SimDetContinue, the same with -continue: TLC prints each of the 5
//     violations with the statistics (16 states each time, the run being
//     over by then), then ends as after a run without violation, the
//     statistics again, exit 0.
//
// The rest are non-deterministic specs (model/testdata/tlc/simulate), whose
// behaviours are those TLC draws from the seed: its worker's generator
// (java.util.Random seeded with the -seed generator's first nextLong), the
// initial state picked by nextDouble, at each step a first action and a
// prime stride over TLC's actions (\E over a constant set expanded into
// one action per value), every successor of the first action with one
// inside the model checked, then one picked. A wrong draw anywhere changes
// the states counted, the lengths' statistics, or the trace:
//   - SimMulti, num=5 -depth 10 -seed 7: 6 initial states ("6 distinct
//     state generated": TLC's simulator passes no plural), three actions
//     of two or three successors, no violation; 127 states generated (the
//     initial states and every successor of each action tried);
//   - SimExists, -seed 1: \E i \in 1..3 is three actions; a deadlock at
//     c = <<2, 2, 2>> after 6 Bump steps, in an order the draws decide;
//   - SimUnbounded, num=1 -depth -1 -seed 3: no bound on a behaviour
//     (TLC's simulator with traceDepth Integer.MAX_VALUE), the violation
//     reported by its last state alone ("The error state is:", 2120, and
//     "State :", 2216); SimDepth0, -depth 0: behaviours of no step;
//   - SimPrints, num=1 -depth 4 -seed 1: Init, Next, the invariant and
//     the action property print: "Computed 1 initial states..." comes
//     before the invariant's print in the initial state, which comes
//     before "Finished computing initial states";
//   - SimInv, -seed 42: Inv (x < 6) violated at x = 6, a successor of
//     the one action;
//   - SimConstr, -seed 7: successors outside the CONSTRAINT or the
//     ACTION_CONSTRAINT are generated and checked but never picked, and a
//     state all of whose successors leave the model is a deadlock;
//   - SimNested, -seed 3: \E p \in Procs : Start(p) \/ Stop(p) is Start(p1),
//     Stop(p1), Start(p2), ..., \E p, q \in Procs six Swap actions, and
//     Pick's \E over 0..n (a set of the state) one action: 16 actions;
//   - SimProp, -seed 7: the PROPERTY's [][x' >= x - 1]_x violated by a
//     successor of the third disjunct (exit 13, as TLC's);
//   - SimGuard, -seed 7: five actions, most of them disabled in each
//     state, the stride skipping them; the first behaviour reaches a = 5
//     through A3 (A5 was not drawn first at a = 3 or 4), a deadlock;
//   - SimPropInit, -seed 1 -depth 6: PROPERTY Small (x < 2), a state
//     predicate false in the initial state x = 3: TLC's model checker
//     would report "Property Small is violated by the initial state", its
//     simulator never checks it (it warns, then draws 5 behaviours of 6
//     steps from both initial states: 2 + 5*6 = 32 states, exit 0);
//   - SimInstAnon, -seed 1: Init and Next from INSTANCE SimInstM WITH
//     x <- y, Max <- 5 (no name). TLC does not split an instance with
//     substitutions (getActions stops at SANY's SubstInNode): Next is one
//     action, named Next and located at the INSTANCE statement, as the
//     first state is; Up's two successors and Down's are all generated at
//     each step (23 states, where splitting Up \/ Down gave fewer);
//   - SimInstNamed, -seed 2: I!Down (I == INSTANCE SimInstM, implicit
//     substitutions) and J(3)!Up (J(m) == INSTANCE ... WITH Max <- m) are
//     one action each, at their INSTANCE definitions, J's named with the
//     instance's argument as TLC prints it: J!Up(3);
//   - SimRecOrder, -seed 1 -depth 6: a record constructor whose fields
//     draw (RandomElement), written aq, mq, zq where TLC's order of the
//     names is zq, mq, aq: TLC evaluates the fields as written, so aq
//     takes the first draw;
//   - SimRandInst, -seed 1 -depth 5: constant definitions that draw in
//     instances (I!K), in a module instantiated without parameters and in
//     one extended: TLC evaluates each once, module by module, an
//     instance's definitions in reverse order where it is defined, and
//     keeps their values in every state (they were drawn at each use);
//   - SimSpecInst, -seed 2: the SPECIFICATION is the Spec of an instance
//     with implicit substitutions (INSTANCE SimSpecInstM, the Examples'
//     MC modules' form): TLC makes all of Next one action, "Action" at the
//     INSTANCE statement (its successors all generated at each step), and
//     names the first state Init at that range.
func TestTLCSimulateGolden(t *testing.T) {
	td := filepath.Join("..", "..", "model", "testdata")
	for _, c := range []struct {
		name string
		args []string
		code int
		spec string // the spec's path in td, when not name
	}{
		{"Pool", []string{"num=20", "-depth", "10", "-seed", "1"}, 0, ""},
		{"LiveFail", []string{"num=20", "-depth", "50", "-seed", "5"}, 13, ""},
		{"SimDet", []string{"num=5", "-depth", "10", "-seed", "1"}, 12, "tlc/dumptrace/SimDet"},
		{"SimDetContinue", []string{"num=5", "-depth", "10", "-seed", "1", "-continue"}, 0, "tlc/dumptrace/SimDet"},
		{"SimMulti", []string{"num=5", "-depth", "10", "-seed", "7"}, 0, "tlc/simulate/SimMulti"},
		{"SimExists", []string{"num=5", "-depth", "10", "-seed", "1"}, 11, "tlc/simulate/SimExists"},
		{"SimInv", []string{"num=5", "-depth", "10", "-seed", "42"}, 12, "tlc/simulate/SimInv"},
		{"SimConstr", []string{"num=5", "-depth", "10", "-seed", "7"}, 11, "tlc/simulate/SimConstr"},
		{"SimNested", []string{"num=5", "-depth", "10", "-seed", "3"}, 0, "tlc/simulate/SimNested"},
		{"SimProp", []string{"num=5", "-depth", "10", "-seed", "7"}, 13, "tlc/simulate/SimProp"},
		{"SimGuard", []string{"num=5", "-depth", "10", "-seed", "7"}, 11, "tlc/simulate/SimGuard"},
		{"SimPropInit", []string{"num=5", "-depth", "6", "-seed", "1"}, 0, "tlc/simulate/SimPropInit"},
		{"SimInstAnon", []string{"num=5", "-depth", "10", "-seed", "1"}, 12, "tlc/simulate/SimInstAnon"},
		{"SimInstNamed", []string{"num=5", "-depth", "10", "-seed", "2"}, 12, "tlc/simulate/SimInstNamed"},
		{"SimRecOrder", []string{"num=3", "-depth", "6", "-seed", "1"}, 12, "tlc/simulate/SimRecOrder"},
		{"SimRandInst", []string{"num=2", "-depth", "5", "-seed", "1"}, 12, "tlc/simulate/SimRandInst"},
		{"SimSpecInst", []string{"num=3", "-depth", "10", "-seed", "2"}, 12, "tlc/simulate/SimSpecInst"},
		{"SimPrints", []string{"num=1", "-depth", "4", "-seed", "1"}, 12, "tlc/simulate/SimPrints"},
		{"SimUnbounded", []string{"num=1", "-depth", "-1", "-seed", "3"}, 12, "tlc/simulate/SimUnbounded"},
		{"SimDepth0", []string{"num=1", "-depth", "0", "-seed", "3"}, 0, "tlc/simulate/SimUnbounded"},
	} {
		spec := filepath.Join(td, c.name)
		if c.spec != "" {
			spec = filepath.Join(td, filepath.FromSlash(c.spec))
		}
		simGoldenRun(t, "-simulate", spec, filepath.Join(td, "tlc", "simulate", c.name), c.args, c.code)
	}
}

// simGoldenRun runs `wspcycle tlc -workers 1 MODEFLAG ARGS -config
// SPEC.cfg SPEC.tla`, plain and with -tool, and compares the exit code and
// the normalised output with TLC's run kept as OUT.text.out and
// OUT.tool.out: the simulator's goldens (-simulate, -generate).
func simGoldenRun(t *testing.T, modeFlag, spec, out string, flags []string, want int) {
	t.Helper()
	name := filepath.Base(out)
	for _, mode := range []string{"text", "tool"} {
		t.Run(name+"/"+mode, func(t *testing.T) {
			args := append([]string{"tlc", "-workers", "1", modeFlag}, flags...)
			if mode == "tool" {
				args = append(args, "-tool")
			}
			args = append(args, "-config", spec+".cfg", spec+".tla")
			code, got, errs := runCLI(t, t.Context(), args...)
			if code != want {
				t.Errorf("exit %d, want TLC's %d; stderr: %s", code, want, errs)
			}
			data, err := os.ReadFile(out + "." + mode + ".out")
			if err != nil {
				t.Fatal(err)
			}
			w, g := tlcout.Normalize(string(data), mode == "tool"), tlcout.Normalize(got, mode == "tool")
			if g != w {
				t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(w, g), got)
			}
		})
	}
}

// -simulate file=F writes behaviour k of worker 0 to F_0_k, a module named
// after the file, as TLC does: Counter is deterministic, so TLC's file for
// its second behaviour (num=2 -depth 3, kept as Counter.tr_0_1) is ours
// byte for byte.
func TestTLCSimulateFile(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := runIn(t, dir, []string{"tlc", "-simulate", "file=tr,num=2", "-depth", "3", "-seed", "1", filepath.Join(td, "Counter.tla")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want, err := os.ReadFile(filepath.Join(td, "tlc", "simulate", "Counter.tr_0_1"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tr_0_0", "tr_0_1"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "tr_0_1" && string(got) != string(want) {
			t.Errorf("%s differs from TLC's:\n%s\nTLC's:\n%s", name, got, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "tr_0_2")); err == nil {
		t.Error("a third behaviour was written for num=2")
	}
}

// TLC's statistics of the behaviours' lengths are Welford's algorithm in
// integer arithmetic (simStats). TLC (rev cc6b616) on Wf, Init x \in {0,
// 4, 7}, Next x < 9 /\ x' = x + 1 without deadlock checking, with
// "-simulate file=tr,num=7 -depth 8 -seed 3", wrote behaviours of 9, 3,
// 9, 3, 9, 9, 9 states, whose lengths are min(8, states): 8, 3, 8, 3, 8,
// 8, 8; it printed "Progress: 47 states checked, 7 traces generated (trace
// length: mean=6, var(x)=5, sd=2)". By hand: the mean goes 8, 8 + -5/2 =
// 6, then stays 6 (2/3, -3/4, 2/5, ... are 0 in integer division); M2 is
// 0, 15, 19, 28, 32, 36, 40; the variance 40/(7+1) = 5, sd round(sqrt 5)
// = 2. The exact mean (47/7 ~ 6.7) would have said 7.
func TestTLCSimStatsWelford(t *testing.T) {
	st := &simStats{}
	for k, n := range []int64{8, 3, 8, 3, 8, 8, 8} {
		st.add(n, int64(k+1))
	}
	st.traces = 7
	if mean, v, sd := st.moments(); mean != 6 || v != 5 || sd != 2 {
		t.Errorf("mean=%d, var(x)=%d, sd=%d; TLC's mean=6, var(x)=5, sd=2", mean, v, sd)
	}
	// A failed behaviour is not added but is counted among the traces.
	st = &simStats{traces: 1}
	if mean, v, sd := st.moments(); mean != 0 || v != 0 || sd != 0 {
		t.Errorf("no behaviour measured: mean=%d, var(x)=%d, sd=%d", mean, v, sd)
	}
}

// -simulate file=F writes TLC's behaviours of non-deterministic specs,
// kept in model/testdata/tlc/simulate/files from TLC's own runs:
//   - SimMulti, file=multi,num=3 -depth 8 -seed 7: behaviours of 8 steps
//     written with 7, 7 and 8 states, since TLC's getTrace leaves out each
//     state equal to the one before it (SetY choosing the y it had);
//   - SimNested, file=nested,num=2 -depth 30 -seed 3: Start(p1), Swap(p2,p3)
//     named with the values of TLC's expanded \E, and Pick (whose \E over
//     0..n TLC does not expand) by its whole \E ("line 9, col 9"), without
//     the k it picked;
//   - SimOpaque, file=opaque,num=2 -depth 5 -seed 7: Next's \E over 1..x
//     is one action named "Next" by the \E's range (line 6, col 9 to col
//     30), though its successors come from Add, and log's value is broken
//     over lines past 80 columns as TLC's state printer breaks it.
//   - SimExt, file=ext,num=1 -depth 3 -seed 7: SimMulti extended, its
//     first state named by Init's range in SimMulti, where Init is.
//   - SimRandom, file=rand,num=3 -depth 6 -seed 5: RandomElement in Init
//     and Next draws what TLC draws: Init from a new Random(5) (TLC's main
//     thread), the behaviours from another new Random(5) (its worker's),
//     floor(nextDouble() * |S|) in TLC's order of S, and per domain
//     element of [Procs -> 0..3] (through the definition Fns), per field
//     of a record set, per factor of a product: any other draw, or the
//     run's own generator, changes the values written.
//   - SimSubset, file=sub,num=3 -depth 8 -seed 5: Randomization's
//     RandomSubset(k, S) likewise: nextInt(|S|) and a prime of TLC's table
//     start TLC's linear congruential walk over S's indices (modulus 9
//     for 1..4 or five strings, 25 for 1..20: TLC's computeOptimalMandA),
//     k = 5 over 1..4 gives all four, k = 0 the empty set.
func TestTLCSimulateFilesNonDeterministic(t *testing.T) {
	td, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "tlc", "simulate"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		spec, base string
		args       []string
		files      int
	}{
		{"SimMulti", "multi", []string{"file=multi,num=3", "-depth", "8", "-seed", "7"}, 3},
		{"SimNested", "nested", []string{"file=nested,num=2", "-depth", "30", "-seed", "3"}, 2},
		{"SimOpaque", "opaque", []string{"file=opaque,num=2", "-depth", "5", "-seed", "7"}, 2},
		{"SimExt", "ext", []string{"file=ext,num=1", "-depth", "3", "-seed", "7"}, 1},
		{"SimRandom", "rand", []string{"file=rand,num=3", "-depth", "6", "-seed", "5"}, 3},
		{"SimSubset", "sub", []string{"file=sub,num=3", "-depth", "8", "-seed", "5"}, 3},
	} {
		t.Run(c.spec, func(t *testing.T) {
			dir := t.TempDir()
			var out, errb bytes.Buffer
			args := append(append([]string{"tlc", "-workers", "1", "-simulate"}, c.args...), "-config", filepath.Join(td, c.spec+".cfg"), filepath.Join(td, c.spec+".tla"))
			if code := runIn(t, dir, args, &out, &errb); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			for k := 0; k <= c.files; k++ {
				name := c.base + "_0_" + strconv.Itoa(k)
				got, gerr := os.ReadFile(filepath.Join(dir, name))
				if k == c.files {
					if gerr == nil {
						t.Errorf("%s written: TLC writes %d behaviours", name, c.files)
					}
					continue
				}
				want, err := os.ReadFile(filepath.Join(td, "files", name))
				if err != nil {
					t.Fatal(err)
				}
				if gerr != nil {
					t.Fatal(gerr)
				}
				if string(got) != string(want) {
					t.Errorf("%s differs from TLC's:\n%s", name, firstDiff(string(want), string(got)))
				}
			}
		})
	}
}

// -aril N skips N draws of the -seed generator (TLC.java's setSeed(seed,
// aril)), and is printed with the seed; without -seed TLC draws a seed and
// ignores -aril: it prints "aril 0" (TLC rev cc6b616, -simulate num=1
// -depth 3 -aril 3 on SimMulti, with and without -seed 5).
func TestTLCSimulateAril(t *testing.T) {
	spec := filepath.Join("..", "..", "model", "testdata", "tlc", "simulate", "SimMulti")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-aril", "3"}, " and aril 0\n"},
		{[]string{"-aril", "3", "-seed", "5"}, "Simulation using seed 5 and aril 3\n"},
	} {
		args := append(append([]string{"tlc", "-workers", "1", "-simulate", "num=1", "-depth", "3"}, c.args...), "-config", spec+".cfg", spec+".tla")
		code, out, errs := runCLI(t, t.Context(), args...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%v: exit %d, output lacks %q:\n%s%s", c.args, code, c.want, out, errs)
		}
	}
}
