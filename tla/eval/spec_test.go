package eval

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

func loadText(t *testing.T, tla, cfg string) (*Spec, error) {
	t.Helper()
	fsys := fstest.MapFS{
		"M.tla": {Data: []byte(tla)},
		"M.cfg": {Data: []byte(cfg)},
	}
	return Load(fsys, "M.tla", "M.cfg")
}

// buildText parses and builds without package sema, to test this
// package's own checks.
func buildText(t *testing.T, tla, cfgText string) (*Spec, error) {
	t.Helper()
	mod, err := parser.ParseFile("M.tla", []byte(tla))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	conf, err := cfg.Parse("M.cfg", []byte(cfgText))
	if err != nil {
		t.Fatalf("cfg: %v", err)
	}
	return Build(mod, conf)
}

func mustLoad(t *testing.T, tla, cfg string) *Spec {
	t.Helper()
	sp, err := loadText(t, tla, cfg)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return sp
}

func initStates(t *testing.T, sp *Spec) []value.State {
	t.Helper()
	var out []value.State
	if err := sp.Init(func(s value.State) error { out = append(out, s); return nil }); err != nil {
		t.Fatalf("init: %v", err)
	}
	return out
}

func successors(t *testing.T, sp *Spec, s value.State) []string {
	t.Helper()
	var out []string
	if err := sp.Next(s, func(st Step) error {
		out = append(out, stepName(sp, st)+" "+stateString(st.State))
		return nil
	}); err != nil {
		t.Fatalf("next: %v", err)
	}
	return out
}

func stateString(s value.State) string {
	parts := make([]string, len(s))
	for i, v := range s {
		if v == nil {
			parts[i] = "?"
		} else {
			parts[i] = v.String()
		}
	}
	return strings.Join(parts, " ")
}

func TestPoolActions(t *testing.T) {
	sp, err := LoadFiles(filepath.Join("testdata", "Pool.tla"), filepath.Join("testdata", "Pool.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range sp.Actions {
		names = append(names, a.Name+"("+strings.Join(a.Params, ",")+")")
	}
	if got := strings.Join(names, " "); got != "Ask(c) Grant(c,s) Release(s) Audit()" {
		t.Errorf("actions %s", got)
	}
	if p := sp.Actions[1].Pos; p.Line != 15 || p.Col != 1 {
		t.Errorf("Grant at %v, want its definition at 15:1", p)
	}
	s := initStates(t, sp)[0]
	succ := successors(t, sp, s)
	want := []string{
		`Ask(c1) (s1 :> "none" @@ s2 :> "none" @@ s3 :> "none") (c1 :> TRUE @@ c2 :> FALSE @@ c3 :> FALSE) 0`,
		`Ask(c2) (s1 :> "none" @@ s2 :> "none" @@ s3 :> "none") (c1 :> FALSE @@ c2 :> TRUE @@ c3 :> FALSE) 0`,
		`Ask(c3) (s1 :> "none" @@ s2 :> "none" @@ s3 :> "none") (c1 :> FALSE @@ c2 :> FALSE @@ c3 :> TRUE) 0`,
	}
	if strings.Join(succ, "\n") != strings.Join(want, "\n") {
		t.Errorf("successors:\n%s\nwant:\n%s", strings.Join(succ, "\n"), strings.Join(want, "\n"))
	}
}

func TestFifoSwallow(t *testing.T) {
	sp, err := LoadFiles(filepath.Join("testdata", "FifoSwallow.tla"), filepath.Join("testdata", "FifoSwallow.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	s := value.State{value.Tuple(value.Int(1)), value.Tuple()}
	err = sp.Next(s, func(Step) error { return nil })
	var ee *Error
	if !errors.As(err, &ee) {
		t.Fatalf("got %v, want *Error", err)
	}
	want := "Successor state is not completely specified by action Get of the next-state relation. The following variable is not defined: q."
	if ee.Msg != want {
		t.Errorf("message %q", ee.Msg)
	}
	if ee.Pos.Line != 8 || filepath.Base(ee.Pos.Filename) != "FifoSwallow.tla" {
		t.Errorf("position %v, want FifoSwallow.tla:8 (Get)", ee.Pos)
	}
	if len(ee.Partial) != 2 || ee.Partial[0] != nil || ee.Partial[1].String() != "<<1>>" {
		t.Errorf("partial state %v", ee.Partial)
	}
}

const actionsModule = `---- MODULE M ----
EXTENDS Naturals, Sequences
CONSTANT S
VARIABLES x, y, z
vars == <<x, y, z>>
others == <<y, z>>
Init == x \in S /\ y = 0 /\ z = <<>>
Pick == \E v \in S : x' = v /\ UNCHANGED others
Branch == IF x = 1 THEN x' = 2 /\ y' = 1 ELSE x' \in {7, 8} /\ y' = 2
Both == \/ x' = x /\ y' = y + 10
        \/ CASE x = 1 -> x' = 5 /\ y' = y [] OTHER -> x' = 6 /\ y' = y
Imp == (x = 1 => y' = 3) /\ x' = x /\ y' = 3 /\ z' = z
Guarded == x' = 3 /\ x' > 2 /\ y' = y /\ z' = Append(z, x')
Next == ((Branch \/ Both) /\ UNCHANGED z) \/ Pick \/ Imp \/ Guarded
====
`

func TestActionSemantics(t *testing.T) {
	sp := mustLoad(t, actionsModule, "INIT Init\nNEXT Next\nCONSTANT S = {1, 2}\n")
	inits := initStates(t, sp)
	if len(inits) != 2 || stateString(inits[0]) != "1 0 <<>>" || stateString(inits[1]) != "2 0 <<>>" {
		t.Fatalf("init states %v", inits)
	}
	got := successors(t, sp, inits[0])
	want := []string{
		"Next 2 1 <<>>",    // Branch, x = 1
		"Next 1 10 <<>>",   // Both, first disjunct
		"Next 5 0 <<>>",    // Both, CASE
		"Pick(1) 1 0 <<>>", // Pick, v = 1
		"Pick(2) 2 0 <<>>",
		"Imp 1 3 <<>>",
		"Guarded 3 0 <<3>>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("successors of x = 1:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got = successors(t, sp, inits[1])
	want = []string{
		"Next 7 2 <<>>",
		"Next 8 2 <<>>",
		"Next 2 10 <<>>",
		"Next 6 0 <<>>",
		"Pick(1) 1 0 <<>>",
		"Pick(2) 2 0 <<>>",
		"Imp 2 3 <<>>",
		"Guarded 3 0 <<3>>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("successors of x = 2:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var names []string
	for _, a := range sp.Actions {
		names = append(names, a.Name)
	}
	if got := strings.Join(names, " "); got != "Next Pick Imp Guarded" {
		t.Errorf("actions %s", got)
	}
}

func TestLiveSpec(t *testing.T) {
	sp, err := LoadFiles(filepath.Join("testdata", "Live.tla"), filepath.Join("testdata", "Live.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sp.Fairness) != 1 || sp.Fairness[0].Name != "WF_vars(Serve)" || sp.Fairness[0].Strong {
		t.Fatalf("fairness %+v", sp.Fairness)
	}
	if len(sp.Properties) != 2 || sp.Properties[0].Parts[0].Kind != LeadsTo || sp.Properties[1].Parts[0].Kind != AlwaysEventually {
		t.Fatalf("properties %+v", sp.Properties)
	}
	f := sp.Fairness[0]
	idle := value.State{value.False, value.False, value.Int(0)}
	asked := value.State{value.True, value.False, value.Int(0)}
	served := value.State{value.False, value.True, value.Int(0)}
	if en, err := f.Enabled(idle); en || err != nil {
		t.Errorf("Serve enabled when idle: %v %v", en, err)
	}
	if en, err := f.Enabled(asked); !en || err != nil {
		t.Errorf("Serve not enabled after a request: %v %v", en, err)
	}
	if ok, err := f.Taken(asked, served); !ok || err != nil {
		t.Errorf("asked -> served is not a Serve step: %v %v", ok, err)
	}
	if ok, err := f.Taken(asked, asked); ok || err != nil {
		t.Errorf("stuttering counted as Serve: %v %v", ok, err)
	}
	p := sp.Properties[0].Parts[0]
	if r, _ := p.P(asked); !r {
		t.Errorf("P(req) false on asked")
	}
	if r, _ := p.Q(served); !r {
		t.Errorf("Q(served) false on served")
	}
}

const fairModule = `---- MODULE M ----
EXTENDS Naturals
CONSTANT T
VARIABLE x
vars == <<x>>
Init == x = [t \in T |-> 0]
Inc(t) == x[t] < 2 /\ x' = [x EXCEPT ![t] = @ + 1]
Next == \E t \in T : Inc(t)
Fair == \A t \in T : WF_vars(Inc(t))
Spec == Init /\ [][Next]_vars /\ Fair
Done == \A t \in T : x[t] = 2
Prop == <>[]Done /\ [](x \in [T -> 0..2]) /\ <>Done /\ [](Done => <>Done)
====
`

func TestQuantifiedFairness(t *testing.T) {
	sp := mustLoad(t, fairModule, "SPECIFICATION Spec\nCONSTANT T = {a, b}\nPROPERTY Prop\n")
	if len(sp.Fairness) != 2 || sp.Fairness[0].Name != "WF_vars(Inc(a))" || sp.Fairness[1].Name != "WF_vars(Inc(b))" {
		t.Fatalf("fairness %+v", sp.Fairness)
	}
	var kinds []string
	for _, p := range sp.Properties[0].Parts {
		kinds = append(kinds, p.Kind.String())
	}
	if got := strings.Join(kinds, " "); got != "<>[] <> ~>" {
		t.Errorf("property parts %s", got)
	}
	// [](x \in ...) is an invariant, as TLC makes it (named by its location).
	if len(sp.Invariants) != 1 || sp.Invariants[0].Name != "line 12, col 21 to line 12, col 41 of module M" {
		t.Errorf("invariants %+v, want the conjunct [](x \\in ...) named by its location", sp.Invariants)
	}
	s := initStates(t, sp)[0]
	a, b := sp.Run.Strings().Model("a"), sp.Run.Strings().Model("b")
	t1 := value.State{value.FcnFromPairs([]value.Value{a, b}, []value.Value{value.Int(1), value.Int(0)})}
	if ok, _ := sp.Fairness[0].Taken(s, t1); !ok {
		t.Errorf("Inc(a) not taken")
	}
	if ok, _ := sp.Fairness[1].Taken(s, t1); ok {
		t.Errorf("Inc(b) taken by a's step")
	}
}

// TestRecursiveUnchangedLoads: UNCHANGED of a recursive definition (R ==
// <<x, R>>) loads, its walkers stopping at maxInline rather than
// overflowing Go's stack (which killed the process); R is called by
// reference, and its evaluation is TLC's StackOverflowError when the
// search meets it (cmd/wspcycle's golden RecZeroUnch).
func TestRecursiveUnchangedLoads(t *testing.T) {
	base := "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\n"
	if _, err := buildText(t, base+"RECURSIVE R\nR == <<x, R>>\nNext2 == UNCHANGED R\n====\n", "INIT Init\nNEXT Next2\n"); err != nil {
		t.Fatalf("got %v, want the spec loaded", err)
	}
}

func TestLoadErrors(t *testing.T) {
	base := "---- MODULE M ----\nEXTENDS Naturals\nCONSTANT N\nVARIABLE x\nInit == x = 0\nNext == x' = x + 1\n"
	cases := []struct {
		name, tla, cfg string
		line, col      int
		want           string
	}{
		{"primed invariant", base + "Inv == x' > 0\n====\n", "INIT Init\nNEXT Next\nCONSTANT N = 1\nINVARIANT Inv\n",
			4, 11, "Inv is not a state predicate"},
		{"primed invariant through a cached definition", base + "Up == x' > x\nInv == Up\nA == Next /\\ (Up = TRUE)\n====\n",
			"INIT Init\nNEXT A\nCONSTANT N = 1\nINVARIANT Inv\n", 4, 11, "Inv is not a state predicate"},
		{"temporal invariant", base + "Inv == [](x > 0)\n====\n", "INIT Init\nNEXT Next\nCONSTANT N = 1\nINVARIANT Inv\n",
			4, 11, "Inv is not a state predicate"},
		// A prime or UNCHANGED in the initial predicate is TLC's error
		// when it evaluates it, not a load error (primerun.go; cmd/wspcycle's
		// TestTLCNits, PrimeInit).
		{"missing constant", base + "====\n", "INIT Init\nNEXT Next\n",
			3, 10, "The constant parameter N is not assigned a value"},
		// INIT without NEXT is refused when there is an invariant to
		// check (TLC's 2232); without one, see TestNoNext.
		{"no next", base + "Inv == x < 5\n====\n", "INIT Init\nCONSTANT N = 1\nINVARIANT Inv\n",
			1, 6, "no next-state relation, and TLC requires one"},
		// TLC's errors for a SYMMETRY that is not a set of permutations
		// (Tool.getSymmetryPerms, MVPerms.permutationSubgroup; checked
		// with TLC). A definition with no fewer operands than elements is
		// only warned about (and checked without symmetry), so the
		// functions on integers come in a union of two sets.
		{"symmetry of integers", base + "Sym == {1}\n====\n", "INIT Init\nNEXT Next\nCONSTANT N = 1\nSYMMETRY Sym\n",
			7, 8, "The symmetry values must be function records."},
		{"symmetry of an infinite set", base + "Sym == Nat\n====\n", "INIT Init\nNEXT Next\nCONSTANT N = 1\nSYMMETRY Sym\n",
			7, 8, "The symmetry operator must specify a set of functions."},
		{"symmetry of functions on integers", base + "Sym == {[i \\in {3, 4} |-> i], [i \\in {3, 4} |-> 7 - i]} \\cup {[i \\in {3, 4} |-> 3]}\n====\n",
			"INIT Init\nNEXT Next\nCONSTANT N = 1\nSYMMETRY Sym\n", 7, 8, "Symmetry function must have model values as domain and range."},
		{"symmetry of a variable", base + "Sym == {x}\n====\n", "INIT Init\nNEXT Next\nCONSTANT N = 1\nSYMMETRY Sym\n",
			7, 9, "SYMMETRY Sym refers to the variable x"},
		{"symmetry naming a constant", base + "====\n", "INIT Init\nNEXT Next\nCONSTANT N = 1\nSYMMETRY N\n",
			4, 10, "N is a constant, not a definition"},
		{"bad spec conjunct", base + "Spec == Init /\\ [][Next]_x /\\ x' > x\n====\n", "SPECIFICATION Spec\nCONSTANT N = 1\n",
			7, 31, "TLC cannot handle this conjunct of the spec"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := buildText(t, tc.tla, tc.cfg)
			var l token.ErrorList
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("got %v, want an ErrorList", err)
			}
			for _, e := range l {
				if strings.Contains(e.Msg, tc.want) {
					if e.Pos.Line != tc.line || e.Pos.Col != tc.col {
						t.Errorf("%q at %v, want line %d col %d", e.Msg, e.Pos, tc.line, tc.col)
					}
					return
				}
			}
			t.Errorf("errors %v, want one containing %q", err, tc.want)
		})
	}
}

func TestEnabledInvariant(t *testing.T) {
	tla := "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nInc == x < 2 /\\ x' = x + 1\nNext == Inc\n" +
		"CanMove == ENABLED Inc /\\ (ENABLED <<Inc>>_x) = (ENABLED Inc) /\\ ~ENABLED <<x' = x>>_x\n====\n"
	sp := mustLoad(t, tla, "INIT Init\nNEXT Next\nINVARIANT CanMove\n")
	for n, want := range map[int64]bool{0: true, 1: true, 2: false} {
		if got, err := sp.Invariants[0].Eval(value.State{value.Int(n)}); got != want || err != nil {
			t.Errorf("ENABLED Inc at x = %d: %v %v", n, got, err)
		}
	}
}

func TestInitIncomplete(t *testing.T) {
	sp := mustLoad(t, "---- MODULE M ----\nVARIABLES x, y\nInit == x = 1\nNext == x' = x /\\ y' = y\n====\n", "INIT Init\nNEXT Next\n")
	err := sp.Init(func(value.State) error { return nil })
	var ee *Error
	if !errors.As(err, &ee) || ee.Msg != "The initial predicate Init does not specify the value of the variable y." {
		t.Fatalf("got %v", err)
	}
	if ee.Pos.Line != 3 || ee.Pos.Col != 1 {
		t.Errorf("position %v, want Init's definition at 3:1", ee.Pos)
	}
	if ee.Partial == nil || ee.Partial[0].String() != "1" || ee.Partial[1] != nil {
		t.Errorf("partial %v", ee.Partial)
	}
}

func TestConstraintsAndView(t *testing.T) {
	tla := "---- MODULE M ----\nEXTENDS Naturals\nVARIABLES x, y\nInit == x = 0 /\\ y = 0\nNext == x' = x + 1 /\\ y' = 1 - y\n" +
		"Small == x < 3\nStep == x' > x /\\ y' # y\nV == y\n====\n"
	sp := mustLoad(t, tla, "INIT Init\nNEXT Next\nCONSTRAINT Small\nACTION_CONSTRAINT Step\nVIEW V\nCHECK_DEADLOCK FALSE\n")
	if sp.CheckDeadlock {
		t.Errorf("CHECK_DEADLOCK FALSE ignored")
	}
	s := value.State{value.Int(3), value.Int(0)}
	if ok, err := sp.Constraints[0].Eval(s); ok || err != nil {
		t.Errorf("Small(3) = %v %v", ok, err)
	}
	u := value.State{value.Int(4), value.Int(1)}
	if ok, err := sp.ActionConstraints[0].Eval(s, u); !ok || err != nil {
		t.Errorf("Step = %v %v", ok, err)
	}
	if ok, _ := sp.ActionConstraints[0].Eval(s, s); ok {
		t.Errorf("Step on a stutter")
	}
	if v, err := sp.View(u); err != nil || v.String() != "1" {
		t.Errorf("view %v %v", v, err)
	}
}

// TestConcurrentNext runs the successor function from several goroutines,
// as the parallel checker does; run with -race.
func TestConcurrentNext(t *testing.T) {
	sp, err := LoadFiles(filepath.Join("testdata", "Tokens.tla"), filepath.Join("testdata", "Tokens.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	s := initStates(t, sp)[0]
	want := successors(t, sp, s)
	done := make(chan []string)
	for g := 0; g < 4; g++ {
		go func() {
			var got []string
			for i := 0; i < 50; i++ {
				got = got[:0]
				sp.Next(s, func(st Step) error {
					got = append(got, stepName(sp, st)+" "+stateString(st.State))
					for _, inv := range sp.Invariants {
						if ok, err := inv.Eval(st.State); !ok || err != nil {
							got = append(got, "invariant failed")
						}
					}
					return nil
				})
			}
			done <- got
		}()
	}
	for g := 0; g < 4; g++ {
		got := <-done
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("concurrent successors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestConstantBinding(t *testing.T) {
	tla := "---- MODULE M ----\nEXTENDS Naturals\nCONSTANTS N, Procs, Name, Limit\nVARIABLE x\n" +
		"MyLimit == 2\nDefault == 7\nInit == x = <<N, Procs, Name, Limit, Default>>\nNext == UNCHANGED x\n====\n"
	sp := mustLoad(t, tla, "INIT Init\nNEXT Next\nCONSTANTS\n  N = 3\n  Procs = {p2, p1}\n  Name = \"n\"\n  Limit <- MyLimit\n")
	got := stateString(initStates(t, sp)[0])
	// TLC reads the cfg before the spec and interns its model values in
	// the cfg's order, and orders model values by when it interned them:
	// {p2, p1}.
	if got != `<<3, {p2, p1}, "n", 2, 7>>` {
		t.Errorf("constants bound as %s", got)
	}
}

func TestLiteralRange(t *testing.T) {
	if _, err := evalExpr(t, "2147483647", nil); err != nil {
		t.Errorf("2^31-1: %v", err)
	}
	if _, err := evalExpr(t, "2147483648", nil); err == nil || !strings.Contains(err.Error(), "integer range") {
		t.Errorf("2^31 accepted: %v", err)
	}
}

// TestLetMemo checks that LET definitions, evaluated once per entry into
// the LET, are re-evaluated for every state and every binding around them.
func TestLetMemo(t *testing.T) {
	tla := `---- MODULE M ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
A == LET d == x + 1 IN \/ x' = d /\ y' = y
                       \/ x' = d + 1 /\ y' = y
B == \E i \in 1..2 : LET d == x * 10 + i IN x' = d /\ y' = y
C == LET n == x' + y IN x' = 3 /\ y' = n
Next == A \/ B \/ C
Inv == \A i \in 1..3 : LET s == {j \in 1..i : j <= x} IN Cardinality(s) <= i
====
`
	tla = strings.Replace(tla, "EXTENDS Naturals", "EXTENDS Naturals, FiniteSets", 1)
	sp := mustLoad(t, tla, "INIT Init\nNEXT Next\nINVARIANT Inv\n")
	for _, tc := range []struct {
		x    int64
		want string
	}{
		{0, "A 1 0|A 2 0|B(1) 1 0|B(2) 2 0|C 3 3"},
		{5, "A 6 0|A 7 0|B(1) 51 0|B(2) 52 0|C 3 3"},
	} {
		s := value.State{value.Int(tc.x), value.Int(0)}
		if got := strings.Join(successors(t, sp, s), "|"); got != tc.want {
			t.Errorf("x = %d: %s, want %s", tc.x, got, tc.want)
		}
		if ok, err := sp.Invariants[0].Eval(s); !ok || err != nil {
			t.Errorf("Inv(x = %d) = %v %v", tc.x, ok, err)
		}
	}
}

// TestFalseAssumption: a false ASSUME is TLC's "Assumption line L, col C
// of module M is false." (exit 10), positioned at the assumption's
// expression, not a bad-input error.
func TestFalseAssumption(t *testing.T) {
	base := "---- MODULE M ----\nEXTENDS Naturals\nCONSTANT N\nVARIABLE x\nInit == x = 0\nNext == x' = x\nASSUME N > 5\n====\n"
	_, err := buildText(t, base, "INIT Init\nNEXT Next\nCONSTANT N = 1\n")
	var ae *AssumptionError
	if !errors.As(err, &ae) || ae.Msg != "Assumption line 7, col 8 of module M is false." {
		t.Fatalf("got %v, want the false assumption at 7:8", err)
	}
}

// TestAssumeConstant: an ASSUME may use recursive functions and
// definitions (TLC evaluates them once), but not a variable.
func TestAssumeConstant(t *testing.T) {
	base := "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = x\n"
	if _, err := buildText(t, base+"f[n \\in 0..3] == IF n = 0 THEN 0 ELSE f[n - 1] + n\nASSUME f[3] = 6\n====\n", "INIT Init\nNEXT Next\n"); err != nil {
		t.Errorf("recursive function in ASSUME: %v", err)
	}
	_, err := buildText(t, base+"ASSUME x = 0\n====\n", "INIT Init\nNEXT Next\n")
	if err == nil || !strings.Contains(err.Error(), "M.tla:6:8: ASSUME refers to the variable x") {
		t.Errorf("got %v, want the variable x refused at 6:8", err)
	}
}

// TestSelectorErrors: a selector that names no operand, or one this
// checker does not evaluate (!@, which TLC cannot apply either), is a
// positioned error, never a guess.
func TestSelectorErrors(t *testing.T) {
	base := "---- MODULE M ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0 /\\ x < 5\n"
	for body, want := range map[string]string{
		"Next == x' = x /\\ Init!3\n====\n":   "M.tla:5:24: selector !3: the expression has 2 operand(s)",
		"Next == x' = x /\\ Init!@\n====\n":   "M.tla:5:24: unsupported: subexpression selector !@",
		"Next == x' = x /\\ Init!(1)\n====\n": "M.tla:5:24: selector !(...): the expression binds no names",
	} {
		_, err := buildText(t, base+body, "INIT Init\nNEXT Next\n")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %s", body, err, want)
		}
	}
}
