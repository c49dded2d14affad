package model

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestSymmetryCounts checks the distinct and generated counts of
// testdata/sym/SymColours.tla under each SYMMETRY, derived by counting orbits.
// The states are the pairs (g, c): g any of the 3^3 = 27 functions
// [Proc -> {v1, v2, none}] (all reachable), c the parity of the number of
// steps taken, and every g is reachable with both parities (two steps can
// change one process there and back), so 54 states. Every state has 3 * 2 =
// 6 successors (one process, one of its two other values), and TLC counts
// the initial state as generated too: generated = 1 + 6 * distinct, since
// with symmetry only one state per orbit is expanded and all of an orbit's
// states have the same number of successors. A symmetry fingerprints each
// state as its orbit, so distinct is the number of orbits (c is never
// permuted: 2 per orbit of g):
//   - Permutations(Proc): g up to a renaming of processes is the multiset
//     of its 3 values over 3 colours, C(5, 2) = 10 orbits: 20 states.
//   - Permutations(Val): Burnside over {id, v1<->v2}: (27 + 1) / 2 = 14,
//     the swap fixing only the g with no v1 or v2: 28 states.
//   - Permutations(Proc) \cup Permutations(Val): TLC closes the union
//     into the group it generates, S3 x S2: multisets (n1, n2, n0) up to
//     swapping n1 and n2, the unordered {n1, n2} with n1 + n2 <= 3: {0,0},
//     {0,1}, {0,2}, {1,1}, {0,3}, {1,2}: 6 orbits, 12 states. (The union
//     alone, without closing, would not identify the states one rename of
//     a process and one of a value apart: more states.)
//   - the same with VIEW g: c is dropped, 6 states, and the search ends a
//     level earlier (depth 4: the states with 3 values set are reached in 3
//     steps).
//   - Permutations({none}): a symmetry set of one element; TLC warns, and
//     as the definition has as many operands (1) as elements (the identity)
//     it checks without symmetry: 54.
//
// TLC (tla2tools rev cc6b616, -workers 1) reports exactly these: 325/54,
// 121/20, 169/28, 73/12, 37/6 and 325/54 with the warning.
func TestSymmetryCounts(t *testing.T) {
	for _, tc := range []struct {
		cfg                 string
		generated, distinct int64
		depth               int
		warning             string
	}{
		{"SymColoursNone.cfg", 325, 54, 5, ""},
		{"SymColoursProc.cfg", 121, 20, 5, ""},
		{"SymColoursVal.cfg", 169, 28, 5, ""},
		{"SymColoursBoth.cfg", 73, 12, 5, ""},
		{"SymColoursView.cfg", 37, 6, 4, ""},
		{"SymColoursSmall.cfg", 325, 54, 5, "The set {none} has been defined to be a symmetry set but contains less than two elements."},
	} {
		t.Run(tc.cfg, func(t *testing.T) {
			for _, workers := range []int{1, 2} {
				rep := checkSym(t, tc.cfg, Options{Workers: workers})
				if rep.Result != ResultOK || rep.Generated != tc.generated || rep.Distinct != tc.distinct || rep.Depth != tc.depth {
					t.Errorf("%d workers: %s, %d generated, %d distinct, depth %d; want ok, %d, %d, %d",
						workers, rep.Result, rep.Generated, rep.Distinct, rep.Depth, tc.generated, tc.distinct, tc.depth)
				}
				if tc.warning != "" && !slices.Contains(rep.Warnings, tc.warning) {
					t.Errorf("warnings %q, want %q", rep.Warnings, tc.warning)
				}
			}
		})
	}
}

// TestSymmetryDisk checks that the disk-backed search reduces as the
// in-memory one does: it fingerprints through the same hook.
func TestSymmetryDisk(t *testing.T) {
	rep := checkSym(t, "SymColoursBoth.cfg", Options{Workers: 2, DiskDir: t.TempDir()})
	if rep.Result != ResultOK || rep.Generated != 73 || rep.Distinct != 12 {
		t.Errorf("%s, %d generated, %d distinct; want ok, 73, 12", rep.Result, rep.Generated, rep.Distinct)
	}
}

// TestSymmetryTrace checks that a trace under symmetry is made of real
// states, as TLC prints it: AtMostOne fails after two processes are given a
// value. TLC's trace (the same) is: all none; p1 :> v1; then p2 :> v1 too.
// The canonical forms the visited set holds are not what is printed.
func TestSymmetryTrace(t *testing.T) {
	rep := checkSym(t, "SymColoursFail.cfg", Options{Workers: 1})
	if rep.Result != ResultInvariant || rep.Property != "AtMostOne" {
		t.Fatalf("verdict %s %s, want the invariant AtMostOne", rep.Result, rep.Property)
	}
	var got []string
	for _, ts := range rep.Trace {
		got = append(got, ts.State[0].String())
	}
	want := []string{
		"(p1 :> none @@ p2 :> none @@ p3 :> none)",
		"(p1 :> v1 @@ p2 :> none @@ p3 :> none)",
		"(p1 :> v1 @@ p2 :> v1 @@ p3 :> none)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("trace of g:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSymmetryLivenessWarning checks TLC's warning for temporal properties
// checked under symmetry.
func TestSymmetryLivenessWarning(t *testing.T) {
	rep := checkSym(t, "SymColoursLive.cfg", Options{Workers: 1})
	if rep.Result != ResultOK || rep.Distinct != 12 {
		t.Errorf("%s, %d distinct; want ok, 12", rep.Result, rep.Distinct)
	}
	const want = "Declaring symmetry during liveness checking is dangerous. It might cause TLC to miss violations of the stated liveness properties. Please check liveness without symmetry defined."
	if !slices.Contains(rep.Warnings, want) {
		t.Errorf("warnings %q, want TLC's about liveness and symmetry", rep.Warnings)
	}
}

// TestSymmetryCanonicalIsOrbitInvariant checks the property the counts rest
// on: every state of an orbit has the same fingerprint, and states of
// different orbits different ones.
func TestSymmetryCanonicalIsOrbitInvariant(t *testing.T) {
	sp := loadSym(t, "SymColoursBoth.cfg")
	c := &checker{sp: sp}
	p := func(n string) value.Value { return sp.Run.Strings().Model(n) }
	g := func(a, b, d string) value.Value {
		return value.FcnFromPairs([]value.Value{p("p1"), p("p2"), p("p3")}, []value.Value{p(a), p(b), p(d)})
	}
	fp := func(s value.State) uint64 {
		f, err := c.fingerprint(s)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	zero := value.Int(0)
	a := fp(value.State{g("v1", "none", "v2"), zero})
	for _, s := range []value.State{
		{g("v2", "none", "v1"), zero},
		{g("none", "v1", "v2"), zero},
		{g("v1", "v2", "none"), zero},
	} {
		if fp(s) != a {
			t.Errorf("%s: another fingerprint than its orbit's", s[0])
		}
	}
	for _, s := range []value.State{
		{g("v1", "none", "v2"), value.Int(1)},
		{g("v1", "v1", "none"), zero},
		{g("v1", "v2", "v2"), zero},
	} {
		if fp(s) == a {
			t.Errorf("%s, %s: the fingerprint of another orbit", s[0], s[1])
		}
	}
}

func loadSym(t *testing.T, cfg string) *eval.Spec {
	t.Helper()
	dir := filepath.Join("testdata", "sym")
	sp, err := eval.LoadFiles(filepath.Join(dir, "SymColours.tla"), filepath.Join(dir, cfg))
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return sp
}

func checkSym(t *testing.T, cfg string, opt Options) *Report {
	t.Helper()
	rep, err := Check(context.Background(), loadSym(t, cfg), opt)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return rep
}
