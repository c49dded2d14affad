package eval

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/module"
	"github.com/wspcycle/wspcycle/tla/source"
)

// chainSpec is a spec whose definition Dn uses D(n-1) twice, D0 reading
// x: compiled once per definition, Dn is O(n) nodes; compiled at each
// use, O(2^n). Use (Dn >= 0) is used by cfgLine, or as a conjunct of
// Init (initExtra) or Next (nextExtra).
func chainSpec(n int, cfgLine, initExtra, nextExtra string) (string, string) {
	var b strings.Builder
	b.WriteString("---- MODULE Chain ----\nEXTENDS Naturals\nVARIABLE x\nD0 == x\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "D%d == IF x = 99 THEN D%d ELSE D%d\n", i, i-1, i-1)
	}
	fmt.Fprintf(&b, "Use == D%d >= 0\nInit == x = 0%s\nNext == x < 4 /\\ x' = x + 1%s\n====\n", n, initExtra, nextExtra)
	return b.String(), "INIT Init\nNEXT Next\n" + cfgLine + "\n"
}

// compiledExprs builds the spec and returns how many expressions its
// compile went through.
func compiledExprs(t *testing.T, tla, conf string) int {
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

// TestDefCacheLinear holds the compile of a chain of shared definitions
// linear in its length wherever the chain is used: in a CONSTRAINT, a
// VIEW (compiled with primeRun), an ACTION_CONSTRAINT (temporalRun), an
// invariant and the next-state relation (not yet the initial predicate,
// whose definitions are compiled at each use: moduleDef). Doubling
// the chain's length must not much more than double the work (compiling
// each use afresh, 2^20 against 2^10).
func TestDefCacheLinear(t *testing.T) {
	for _, tc := range []struct{ name, cfgLine, initExtra, nextExtra string }{
		{"constraint", "CONSTRAINT Use", "", ""},
		{"view", "VIEW Use", "", ""},
		{"actionconstraint", "ACTION_CONSTRAINT Use", "", ""},
		{"invariant", "INVARIANT Use", "", ""},
		{"next", "", "", " /\\ Use"},
	} {
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
