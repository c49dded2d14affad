package gen

import (
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGoSourceMeansWhatEvalMeans checks that the Go text the compiler emits for every guard
// and effect computes what the compiler's own evaluator (used by the exclusion proof and
// the graph) computes: each expression is instantiated at sample points and evaluated by
// go/types as a constant expression.
func TestGoSourceMeansWhatEvalMeans(t *testing.T) {
	specs, _ := filepath.Glob("testdata/ok/*.tla")
	specs = append(specs, realSpec)
	checked := 0
	for _, spec := range specs {
		m, err := Project(parse(t, spec), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range m.Actions {
			for refs := 0; refs <= 6; refs++ {
				for max := 1; max <= 6; max++ {
					e := env{refs: refs, max: max}
					if a.Guard != nil {
						got := evalGo(t, a.Guard.goSrc(), e)
						if got.Kind() != constant.Bool || constant.BoolVal(got) != a.Guard.eval(e) {
							t.Fatalf("%s guard %q at %+v: Go says %v, eval says %v", a.Name, a.Guard.goSrc(), e, got, a.Guard.eval(e))
						}
						checked++
					}
					if a.Refs != nil {
						got := evalGo(t, a.Refs.goSrc(), e)
						if v, ok := constant.Int64Val(got); !ok || int(v) != a.Refs.eval(e) {
							t.Fatalf("%s effect %q at %+v: Go says %v, eval says %d", a.Name, a.Refs.goSrc(), e, got, a.Refs.eval(e))
						}
						checked++
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

func evalGo(t *testing.T, src string, e env) constant.Value {
	t.Helper()
	src = strings.NewReplacer("v.Refs", "("+strconv.Itoa(e.refs)+")", "v.Max", "("+strconv.Itoa(e.max)+")").Replace(src)
	tv, err := types.Eval(token.NewFileSet(), nil, token.NoPos, src)
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return tv.Value
}
