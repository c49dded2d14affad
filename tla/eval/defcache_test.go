package eval

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/source"
	"github.com/wspcycle/wspcycle/tla/value"
)

// chainSpec is a spec whose definition Dn uses D(n-1) twice, D0 reading
// x: compiled once per definition, Dn is O(n) nodes; compiled at each
// use, O(2^n). Use (Dn >= 0) is used by cfgLine, or as a conjunct of
// Init (initExtra) or Next (nextExtra). Kn is the same chain of constant
// level (UseK), for the places where only constants may be: an ASSUME,
// a POSTCONDITION, a constant's substitution. Prop, Act and Alias use
// the chain in a temporal property, an action property and an ALIAS.
func chainSpec(n int, cfgLine, initExtra, nextExtra string) (string, string) {
	var b strings.Builder
	b.WriteString("---- MODULE Chain ----\nEXTENDS Naturals\nCONSTANT C\nVARIABLE x\nD0 == x\nK0 == 1\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "D%d == IF x = 99 THEN D%d ELSE D%d\n", i, i-1, i-1)
		fmt.Fprintf(&b, "K%d == IF K%d = 99 THEN K%d ELSE K%d\n", i, i-1, i-1, i-1)
	}
	fmt.Fprintf(&b, "Use == D%d >= 0\nUseK == K%d >= 0\n", n, n)
	b.WriteString("Prop == []Use /\\ <>Use\nAct == [][Use' = Use]_x\nAlias == [x |-> x, u |-> Use]\nActC == Use' = Use\n")
	if strings.Contains(cfgLine, "ASSUME") {
		b.WriteString("ASSUME UseK\n")
		cfgLine = ""
	}
	fmt.Fprintf(&b, "Init == x = 0%s\nNext == x < 4 /\\ x' = x + 1%s\n====\n", initExtra, nextExtra)
	if !strings.HasPrefix(cfgLine, "CONSTANT") {
		cfgLine += "\nCONSTANT C = 1"
	}
	return b.String(), "INIT Init\nNEXT Next\n" + cfgLine + "\n"
}

// compiledExprs builds the spec and returns how many expressions its
// compile went through.
func compiledExprs(t testing.TB, tla, conf string) int {
	t.Helper()
	fsys := fstest.MapFS{"Chain.tla": {Data: []byte(tla)}}
	prog, err := module.Load(func(name string) ([]byte, error) { return source.ReadFS(fsys, name) }, "Chain.tla", []string{"."})
	if err != nil {
		t.Fatal(err)
	}
	cf, err := cfg.Parse("Chain.cfg", []byte(conf))
	if err != nil {
		t.Fatal(err)
	}
	c := newProgramCompiler(prog.Root, prog.Modules)
	if _, err := build(c, prog.Root, cf); err != nil {
		t.Fatal(err)
	}
	return c.nexprs
}

// defCachePlaces are the places a definition is used, as chainSpec's
// arguments (TestDefCacheLinear, BenchmarkDefCache).
var defCachePlaces = []struct{ name, cfgLine, initExtra, nextExtra string }{
	{"init", "", " /\\ Use", ""},
	{"initprimed", "", " /\\ (x' = x => Use)", ""},
	{"next", "", "", " /\\ Use"},
	{"nextprimed", "", "", " /\\ Use'"},
	{"constraint", "CONSTRAINT Use", "", ""},
	{"view", "VIEW Use", "", ""},
	{"actionconstraint", "ACTION_CONSTRAINT Use", "", ""},
	{"actionconstraintprimed", "ACTION_CONSTRAINT ActC", "", ""},
	{"invariant", "INVARIANT Use", "", ""},
	{"property", "PROPERTY Prop", "", ""},
	{"actionproperty", "PROPERTY Act", "", ""},
	{"alias", "ALIAS Alias", "", ""},
	{"assume", "ASSUME", "", ""},
	{"postcondition", "POSTCONDITION UseK", "", ""},
	{"constantsubst", "CONSTANT C <- UseK", "", ""},
}

// TestDefCacheLinear holds the compile of a chain of shared definitions
// linear in its length wherever the chain is used: the initial predicate
// (where variables are those of the state being built, and a prime is a
// run-time error: primerun.go), the next-state relation (also primed), a
// CONSTRAINT, a VIEW (compiled with primeRun), an ACTION_CONSTRAINT
// (temporalRun), an invariant, a property's state and action parts, an
// ALIAS, an ASSUME, a POSTCONDITION and a constant's substitution.
// Doubling the chain's length must not much more than double the work
// (compiling each use afresh, 2^20 against 2^10).
func TestDefCacheLinear(t *testing.T) {
	for _, tc := range defCachePlaces {
		t.Run(tc.name, func(t *testing.T) {
			tla, conf := chainSpec(10, tc.cfgLine, tc.initExtra, tc.nextExtra)
			small := compiledExprs(t, tla, conf)
			tla, conf = chainSpec(20, tc.cfgLine, tc.initExtra, tc.nextExtra)
			big := compiledExprs(t, tla, conf)
			if big > 3*small {
				t.Errorf("compiling D20 took %d expressions, D10 %d: not linear", big, small)
			}
		})
	}
}

// TestDefCacheConstantOnce holds a constant definition used by a VIEW
// (compiled with primeRun) to one value for the run, as TLC's: K draws
// at random, and was drawn again at each state when the VIEW's
// definitions were compiled apart from the definition cache.
func TestDefCacheConstantOnce(t *testing.T) {
	src := "---- MODULE K ----\nEXTENDS Naturals, TLC\nVARIABLE x\n" +
		"K == RandomElement(1..1000000)\nInit == x = 0\nNext == x' = x + 1\n" +
		"View == <<x \\div 100, K>>\n====\n"
	fsys := fstest.MapFS{"K.tla": {Data: []byte(src)}, "K.cfg": {Data: []byte("INIT Init\nNEXT Next\nVIEW View\n")}}
	sp, err := LoadWith(Options{}, fsys, "K.tla", "K.cfg")
	if err != nil {
		t.Fatal(err)
	}
	var first value.Value
	for i := int64(0); i < 4; i++ {
		v, err := sp.View(value.State{value.Int(i)})
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = v
		} else if !value.Equal(v, first) {
			t.Fatalf("K is %v in state %d, %v in the first: drawn again", v, i, first)
		}
	}
}

// BenchmarkDefCache compiles (loads) the spec of a chain of 22 shared
// definitions used in each place: compiled at each use, the chain is
// 2^22 expressions (seconds); compiled once, 22.
func BenchmarkDefCache(b *testing.B) {
	for _, tc := range defCachePlaces {
		b.Run(tc.name, func(b *testing.B) {
			tla, conf := chainSpec(22, tc.cfgLine, tc.initExtra, tc.nextExtra)
			for b.Loop() {
				compiledExprs(b, tla, conf)
			}
		})
	}
}
