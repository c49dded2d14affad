package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/simulate"
	"github.com/wspcycle/wspcycle/spec"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// writeSpec writes NAME.tla and NAME.cfg into a fresh directory and returns
// the .tla's path.
func writeSpec(t *testing.T, name, tla, cfg string) string {
	t.Helper()
	dir := t.TempDir()
	for file, src := range map[string]string{name + ".tla": tla, name + ".cfg": cfg} {
		if err := os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, name+".tla")
}

// Steps can fail its invariant no earlier than its third state (two Incs);
// Flip and Reset make the random walk wander, so finding it takes choices.
const stepsTLA = `---- MODULE Steps ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Inc == x' = x + 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Reset == x' = 0 /\ UNCHANGED y
Next == Inc \/ Flip \/ Reset
Safe == x < 2
====
`

const stepsCfg = "INIT Init\nNEXT Next\nINVARIANT Safe\n"

var (
	// A state's action, its source range left out: "State 2: <Inc line 5, ...>".
	stateLine = regexp.MustCompile(`(?m)^State (\d+): <(.*?)(?: line \d+, col \d+ to line \d+, col \d+ of module \w+)?>$`)
	xLine     = regexp.MustCompile(`(?m)^/\\ x = (\d+)`)
)

func TestSimulateFindsInvariantViolation(t *testing.T) {
	path := writeSpec(t, "Steps", stepsTLA, stepsCfg)
	code, out, errs := runCLI(t, context.Background(), "simulate", path, "-depth", "20", "-runs", "50")
	if code != model.ExitSafety {
		t.Fatalf("exit %d, want %d\n%s%s", code, model.ExitSafety, out, errs)
	}
	for _, want := range []string{"Error: Invariant Safe is violated.", "seed 1", "Error: The behavior up to this point is:",
		"State 1: <Initial predicate>", `\* changed`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The trace is a behaviour of Steps: numbered states, each x one Inc,
	// Flip or Reset from the last, the last one (only) with x = 2.
	states := stateLine.FindAllStringSubmatch(out, -1)
	xs := xLine.FindAllStringSubmatch(out, -1)
	if len(states) < 3 || len(xs) != len(states) {
		t.Fatalf("%d states and %d x values in the trace:\n%s", len(states), len(xs), out)
	}
	prev := -1
	for i, m := range states {
		x, _ := strconv.Atoi(xs[i][1])
		if m[1] != strconv.Itoa(i+1) {
			t.Errorf("state %d numbered %s", i+1, m[1])
		}
		switch {
		case i == 0:
			if x != 0 || m[2] != "Initial predicate" {
				t.Errorf("state 1: x = %d, action %s", x, m[2])
			}
		case m[2] == "Inc" && x == prev+1, m[2] == "Reset" && x == 0, m[2] == "Flip" && x == prev:
		default:
			t.Errorf("state %d: %s took x from %d to %d", i+1, m[2], prev, x)
		}
		if (x == 2) != (i == len(states)-1) {
			t.Errorf("state %d of %d has x = %d", i+1, len(states), x)
		}
		prev = x
	}
	// Within two states the invariant cannot fail: the same spec passes.
	code, out, _ = runCLI(t, context.Background(), "simulate", path, "-depth", "2", "-runs", "20")
	if code != model.ExitOK || !strings.Contains(out, "20 behaviours, 40 states visited (4 distinct)") ||
		!strings.Contains(out, "maximum depth 2") {
		t.Errorf("depth 2: exit %d\n%s", code, out)
	}
}

// withoutTiming drops the one line that depends on the clock.
func withoutTiming(s string) string {
	return regexp.MustCompile(`(?m)^Finished in .*\n`).ReplaceAllString(s, "")
}

func TestSimulateSameSeedSameOutput(t *testing.T) {
	path := writeSpec(t, "Steps", stepsTLA, stepsCfg)
	run := func(seed string) string {
		code, out, errs := runCLI(t, context.Background(), "simulate", path, "-depth", "30", "-runs", "40", "-seed", seed)
		if code != model.ExitSafety {
			t.Fatalf("seed %s: exit %d\n%s%s", seed, code, out, errs)
		}
		return withoutTiming(out)
	}
	a, b := run("7"), run("7")
	if a != b {
		t.Fatalf("seed 7 twice, two outputs:\n%s\n---\n%s", a, b)
	}
	// Another seed walks other behaviours: some seed among a few must differ.
	differs := false
	for _, seed := range []string{"8", "9", "10", "11"} {
		if run(seed) != strings.Replace(a, "seed 7", "seed "+seed, -1) {
			differs = true
			break
		}
	}
	if !differs {
		t.Error("every seed printed the same behaviour: the seed is not used")
	}
}

func TestSimulateDefaultSpecPasses(t *testing.T) {
	code, out, errs := runCLI(t, context.Background(), "simulate", "-depth", "40", "-runs", "25")
	if code != model.ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"Simulating ProviderLifecycle: 25 behaviours of at most 40 states, seed 1.",
		"No error has been found.", "25 behaviours, "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !regexp.MustCompile(`states visited \(\d{2,} distinct\)`).MatchString(out) {
		t.Errorf("the behaviours visited too few distinct states:\n%s", out)
	}
}

func TestSimulateJSON(t *testing.T) {
	path := writeSpec(t, "Steps", stepsTLA, stepsCfg)
	code, out, _ := runCLI(t, context.Background(), "simulate", "--json", path, "-runs", "30")
	var rep struct {
		Result   string            `json:"result"`
		Property string            `json:"property"`
		ExitCode int               `json:"exit_code"`
		Seed     uint64            `json:"seed"`
		Failing  int               `json:"failing_behaviour"`
		MaxDepth int               `json:"max_depth"`
		Trace    []model.JSONState `json:"trace"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	last := len(rep.Trace) - 1
	if code != model.ExitSafety || rep.Result != model.ResultInvariant || rep.Property != "Safe" || rep.ExitCode != 12 ||
		rep.Seed != 1 || rep.Failing < 1 || last < 2 || rep.Trace[last].State["x"] != "2" || rep.MaxDepth < len(rep.Trace) {
		t.Errorf("exit %d, report %+v", code, rep)
	}
}

func TestSimulateVerdicts(t *testing.T) {
	const countTLA = `---- MODULE Count ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Ok == x \in 0..3
Bad == x + "a" = 1
====
`
	deadlock := writeSpec(t, "Count", countTLA, "INIT Init\nNEXT Next\nINVARIANT Ok\n")
	noDeadlock := writeSpec(t, "Count", countTLA, "INIT Init\nNEXT Next\nINVARIANT Ok\nCHECK_DEADLOCK FALSE\n")
	evalErr := writeSpec(t, "Count", countTLA, "INIT Init\nNEXT Next\nINVARIANT Bad\n")
	bad := writeSpec(t, "Broken", "---- MODULE Broken ----\nVARIABLE x\nInit == x = \n====\n", "INIT Init\nNEXT Init\n")
	cases := []cliCase{
		{[]string{"simulate", deadlock}, model.ExitDeadlock, "State 4: <Next line 5, col 9 to line 5, col 27 of module Count>"},
		{[]string{"simulate", noDeadlock, "-runs", "3"}, model.ExitOK, "3 behaviours, 12 states visited (4 distinct), 9 states generated, maximum depth 4."},
		{[]string{"simulate", evalErr}, model.ExitEval, "Error: at "},
		{[]string{"simulate", bad}, model.ExitBadInput, "Broken.tla:"},
		{[]string{"simulate", filepath.Join(t.TempDir(), "None.tla")}, model.ExitBadInput, "None.tla"},
		{[]string{"simulate", "-depth", "0"}, model.ExitUsage, "at least 1"},
		{[]string{"simulate", "-config", "x.cfg"}, model.ExitUsage, "--config needs a SPEC.tla"},
		{[]string{"simulate", deadlock, noDeadlock}, model.ExitUsage, "one spec"},
		{[]string{"simulate", "-bogus"}, model.ExitUsage, "simulate --help"},
	}
	runCLICases(t, cases)
}

func TestSimulateInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := writeSpec(t, "Steps", stepsTLA, "INIT Init\nNEXT Next\n")
	code, out, _ := runCLI(t, ctx, "simulate", path)
	if code != model.ExitInterrupted || !strings.Contains(out, "Stopped: interrupted") {
		t.Errorf("exit %d, want %d:\n%s", code, model.ExitInterrupted, out)
	}
}

func TestSimulateHelp(t *testing.T) {
	for _, args := range [][]string{{"simulate", "--help"}, {"help", "simulate"}, {"simulate", "-h"}} {
		code, out, errs := runCLI(t, context.Background(), args...)
		if code != model.ExitOK || errs != "" {
			t.Errorf("wspcycle %v: exit %d, stderr %q", args, code, errs)
		}
		for _, want := range []string{"Usage: wspcycle simulate", "-depth", "-runs", "-seed", "-json", "-config", "12 invariant violated"} {
			if !strings.Contains(out, want) {
				t.Errorf("wspcycle %v lacks %q:\n%s", args, want, out)
			}
		}
	}
	if _, out, _ := runCLI(t, context.Background(), "help"); !strings.Contains(out, "simulate") {
		t.Errorf("the command list lacks simulate:\n%s", out)
	}
}

// The successor is picked uniformly, as TLC's floor(nextDouble() * n)
// picks: a hand-built spec (one TLC action, all of Next) whose one state
// has five successors (two of them the same state through different
// actions, which still count twice), walked one step many times. Each of
// the five is checked at every step (TLC checks every successor of the
// action tried, picked or not).
func TestSimulatePicksUniformly(t *testing.T) {
	const n, runs = 5, 5000
	counts := make([]int, n+1)
	checked := 0
	sp := &eval.Spec{
		Name: "Fan", Vars: []string{"x"},
		Actions: []eval.ActionInfo{{Name: "Go"}, {Name: "Twin"}},
		Init:    func(yield func(value.State) error) error { return yield(value.State{value.Int(0)}) },
		Next: func(s value.State, yield func(eval.Step) error) error {
			for i := 1; i <= n; i++ {
				a, x := 0, int64(i)
				if i == n {
					a, x = 1, n-1 // Twin: the same state as the one before
				}
				if err := yield(eval.Step{Action: a, State: value.State{value.Int(x)}}); err != nil {
					return err
				}
			}
			return nil
		},
		Invariants: []eval.StatePred{{Name: "Count", Eval: func(s value.State) (bool, error) {
			checked++
			return true, nil
		}}},
	}
	res := runSim(t, sp, simulate.Options{Depth: 2, Runs: runs, Seed: 3, Behaviour: func(_ int, trace []model.TraceState, _ bool) {
		x, _ := value.AsInt(trace[1].State[0])
		counts[x]++
	}})
	if res.Result != model.ResultOK || res.States != 2*runs || res.Generated != n*runs || res.MaxDepth != 2 || res.Distinct != n {
		t.Fatalf("result %s, %d states, %d generated, depth %d, %d distinct", res.Result, res.States, res.Generated, res.MaxDepth, res.Distinct)
	}
	// Pearson's chi-square over the n successors (state n-1 stands for two):
	// 4 degrees of freedom, 18.47 is the 0.001 critical value.
	expect := float64(runs) / n
	chi := 0.0
	for x := 1; x < n; x++ {
		e := expect
		if x == n-1 {
			e *= 2
		}
		d := float64(counts[x]) - e
		chi += d * d / e
	}
	if checked != 1+n*runs || chi > 18.47 { // the initial state: checked once, before the behaviours
		t.Fatalf("picks %v (%d states checked), chi-square %.1f", counts[1:], checked, chi)
	}
	t.Logf("picks %v, chi-square %.2f", counts[1:], chi)
}

// Simulation catches every mutant of the shipped specs whose mistake breaks
// an invariant (the checker's shortest counterexample and a random one may
// hit different invariants first, so only the verdict is compared), and the
// shipped small models pass. Temporal mutants are check's business.
func TestSimulateCatchesInvariantMutants(t *testing.T) {
	mutants, err := spec.Mutants()
	if err != nil {
		t.Fatal(err)
	}
	opt := simulate.Options{Depth: 100, Runs: 300, Seed: 1}
	caught := 0
	for _, m := range mutants {
		if m.Result != model.ResultInvariant {
			continue
		}
		sp, err := eval.Load(spec.FS, m.Spec(), m.Config())
		if err != nil {
			t.Fatalf("%s: %v", m.Module, err)
		}
		res := runSim(t, sp, opt)
		if res.Result != model.ResultInvariant || res.Failing == 0 || len(res.Trace) < 2 {
			t.Errorf("%s (%s): simulation says %s after %d behaviours", m.Module, m.Mistake, res.Result, res.Behaviours)
			continue
		}
		caught++
		t.Logf("%-30s %-30s behaviour %d, trace of %d states", m.Module, res.Property, res.Failing, len(res.Trace))
	}
	if caught < 10 {
		t.Errorf("only %d invariant mutants caught", caught)
	}
	for _, md := range spec.Models {
		if md.Size != "small" {
			continue
		}
		sp, err := eval.Load(spec.FS, md.Spec, md.Config)
		if err != nil {
			t.Fatal(err)
		}
		if res := runSim(t, sp, simulate.Options{Depth: 50, Runs: 20, Seed: 1}); res.Result != model.ResultOK {
			t.Errorf("%s with %s: %s %s", md.Spec, md.Config, res.Result, res.Property)
		}
	}
}

// The PROPERTY conjuncts TLC checks outside liveness are checked here too:
// model/testdata/Steps.tla's XNeverDecreases fails on Reset, the only step
// out of (3, 1), which every behaviour of 7 states or more reaches; and
// StartsAtOne fails on the initial state itself.
func TestSimulateChecksActionAndInitProperties(t *testing.T) {
	steps := filepath.Join("..", "..", "model", "testdata", "Steps.tla")
	for _, tc := range []struct {
		cfg, want string
		states    int
	}{
		{"StepsFail.cfg", "Error: Action property XNeverDecreases is violated.", 0},
		{"StepsInit.cfg", "Error: Property StartsAtOne is violated by the initial state.", 1},
		{"Steps.cfg", "Simulation completed. No error has been found.", -1},
	} {
		cfg := filepath.Join("..", "..", "model", "testdata", tc.cfg)
		code, out, errs := runCLI(t, context.Background(), "simulate", steps, "-config", cfg, "-depth", "10", "-runs", "5")
		wantCode := model.ExitLiveness
		if tc.states < 0 {
			wantCode = model.ExitOK
		}
		if code != wantCode || !strings.Contains(out, tc.want) {
			t.Errorf("%s: exit %d, want %d with %q\n%s%s", tc.cfg, code, wantCode, tc.want, out, errs)
			continue
		}
		if tc.states == 1 && len(stateLine.FindAllString(out, -1)) != 1 {
			t.Errorf("%s: the trace must be the one initial state\n%s", tc.cfg, out)
		}
		if tc.cfg == "StepsFail.cfg" && !strings.Contains(out, "<Reset line ") {
			t.Errorf("%s: the trace must end in the Reset step\n%s", tc.cfg, out)
		}
	}
}

// runSim runs the simulator library on sp.
func runSim(t *testing.T, sp *eval.Spec, opt simulate.Options) *simulate.Result {
	t.Helper()
	res, err := simulate.Run(context.Background(), sp, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Simulation checks the temporal properties on each behaviour, as TLC's
// simulator does: LiveFail's Served fails (TLC's simulator reports it with
// exit 13), while under strong fairness (LiveStrong.cfg) and in Live.tla
// it holds, and a random behaviour must not make it look broken.
func TestSimulateChecksLiveness(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata")
	code, out, errs := runCLI(t, context.Background(), "simulate", filepath.Join(dir, "LiveFail.tla"), "-runs", "20")
	if code != model.ExitLiveness || !strings.Contains(out, "Error: Property Served is violated.") || !strings.Contains(out, "Back to state ") {
		t.Errorf("LiveFail: exit %d, want 13 with Served violated by a lasso\n%s%s", code, out, errs)
	}
	for _, tc := range [][]string{{"LiveFail.tla", "LiveStrong.cfg"}, {"Live.tla", "Live.cfg"}} {
		code, out, errs := runCLI(t, context.Background(), "simulate", filepath.Join(dir, tc[0]), "-config", filepath.Join(dir, tc[1]), "-runs", "300", "-depth", "30")
		if code != model.ExitOK {
			t.Errorf("%s with %s: exit %d, want 0\n%s%s", tc[0], tc[1], code, out, errs)
		}
	}
}

// The liveness mutants of the shipped specs, which check catches, are
// caught by simulation too, each by the property that names its mistake.
func TestSimulateCatchesLivenessMutants(t *testing.T) {
	mutants, err := spec.Mutants()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range mutants {
		if m.Result != model.ResultProperty {
			continue
		}
		n++
		sp, err := eval.Load(spec.FS, m.Spec(), m.Config())
		if err != nil {
			t.Fatalf("%s: %v", m.Module, err)
		}
		res := runSim(t, sp, simulate.Options{Depth: 100, Runs: 200, Seed: 1})
		if res.Result != model.ResultProperty || !strings.HasPrefix(res.Property, m.Property) {
			t.Errorf("%s (%s): simulation says %s %s, want %s %s", m.Module, m.Mistake, res.Result, res.Property, m.Result, m.Property)
			continue
		}
		t.Logf("%-30s %-40s behaviour %d, lasso of %d states back to %d", m.Module, res.Property, res.Failing, len(res.Trace), res.LoopBack)
	}
	if n == 0 {
		t.Fatal("no liveness mutant")
	}
}

// A behaviour is kept whole (for its trace and its temporal check), so a
// huge -depth must meet the memory bound: exit 4 with the reason, instead
// of growing until the kernel kills the process (issue 13, item 8). Each
// state here holds a sequence one longer than the last, so the heap
// passes 16 MB after a few thousand states.
func TestSimulateMemoryBound(t *testing.T) {
	path := writeSpec(t, "Grow", `---- MODULE Grow ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<>>
Next == x' = Append(x, Len(x))
====
`, "INIT Init\nNEXT Next\n")
	code, out, errs := runCLI(t, context.Background(), "simulate", path, "-runs", "1", "-depth", "100000000", "-max-memory", "16", "-progress", "0")
	if code != model.ExitMemoryLimit || !strings.Contains(out, "--max-memory") {
		t.Errorf("exit %d, want %d with the memory limit named\n%s%s", code, model.ExitMemoryLimit, out, errs)
	}
}
