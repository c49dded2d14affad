package proptest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/spec"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// loaded caches specs: loading compiles the module, and every rapid check needs it.
var loaded sync.Map // key "tla|cfg" -> *loadResult

type loadResult struct {
	once sync.Once
	sp   *eval.Spec
	err  error
}

// loadSpec loads a module shipped in spec/ with a model from spec/ ("ProviderLifecycle.cfg")
// or from this package's testdata ("testdata/....cfg").
func loadSpec(tlaName, cfgName string) (*eval.Spec, error) {
	r, _ := loaded.LoadOrStore(tlaName+"|"+cfgName, &loadResult{})
	lr := r.(*loadResult)
	lr.once.Do(func() {
		if !strings.HasPrefix(cfgName, "testdata/") {
			lr.sp, lr.err = eval.Load(spec.FS, tlaName, cfgName)
			return
		}
		src, err := spec.FS.ReadFile(tlaName)
		if err != nil {
			lr.err = err
			return
		}
		csrc, err := os.ReadFile(filepath.FromSlash(cfgName))
		if err != nil {
			lr.err = err
			return
		}
		base := filepath.Base(cfgName)
		fsys := fstest.MapFS{tlaName: {Data: src}, base: {Data: csrc}}
		// The modules the spec instantiates (LayeredProvider uses
		// ProviderLifecycle) are beside it in spec.FS.
		if mods, err := fs.Glob(spec.FS, "*.tla"); err == nil {
			for _, m := range mods {
				if data, err := spec.FS.ReadFile(m); err == nil && m != tlaName {
					fsys[m] = &fstest.MapFile{Data: data}
				}
			}
		}
		lr.sp, lr.err = eval.Load(fsys, tlaName, base)
	})
	return lr.sp, lr.err
}

// vars names the variables of a spec, for building and reading states by name.
type vars struct {
	sp  *eval.Spec
	idx map[string]int
}

func varsOf(sp *eval.Spec) vars {
	v := vars{sp: sp, idx: map[string]int{}}
	for i, n := range sp.Vars {
		v.idx[n] = i
	}
	return v
}

func (v vars) get(s value.State, name string) value.Value { return s[v.idx[name]] }

func (v vars) str(s value.State, name string) string {
	x, _ := value.AsString(v.get(s, name))
	return x
}

func (v vars) int(s value.State, name string) int64 {
	x, _ := value.AsInt(v.get(s, name))
	return x
}

// build makes a state from values by variable name; every variable must be given.
func (v vars) build(m map[string]value.Value) (value.State, error) {
	s := make(value.State, len(v.sp.Vars))
	for i, n := range v.sp.Vars {
		x, ok := m[n]
		if !ok {
			return nil, fmt.Errorf("the mapping gives no value for variable %s", n)
		}
		s[i] = x
	}
	return s, nil
}

// diff lists the variables on which two states differ.
func (v vars) diff(want, got value.State) string {
	var b strings.Builder
	for i, n := range v.sp.Vars {
		if !value.Equal(want[i], got[i]) {
			fmt.Fprintf(&b, "\n  %s: spec %v, implementation %v", n, want[i], got[i])
		}
	}
	return b.String()
}

// steps lists the successors of s.
func steps(sp *eval.Spec, s value.State) ([]eval.Step, error) {
	var out []eval.Step
	err := sp.Next(s, func(st eval.Step) error {
		st.State = st.State.Clone()
		st.Params = append([]value.Value(nil), st.Params...)
		out = append(out, st)
		return nil
	})
	return out, err
}

// initial returns the spec's only initial state.
func initial(sp *eval.Spec) (value.State, error) {
	var out []value.State
	err := sp.Init(func(s value.State) error { out = append(out, s.Clone()); return nil })
	if err == nil && len(out) != 1 {
		err = fmt.Errorf("%s has %d initial states, want 1", sp.Name, len(out))
	}
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// violated returns the name of the first invariant of the model that s violates, or "".
func violated(sp *eval.Spec, s value.State) (string, error) {
	for _, inv := range sp.Invariants {
		ok, err := inv.Eval(s)
		if err != nil {
			return inv.Name, fmt.Errorf("invariant %s: %w", inv.Name, err)
		}
		if !ok {
			return inv.Name, nil
		}
	}
	return "", nil
}

// fcn builds the TLA+ function [k \in keys |-> f(k)] over model values
// (of the spec's table strs).
func fcn(strs *value.Strings, keys []string, f func(string) value.Value) value.Value {
	ks := make([]value.Value, len(keys))
	vs := make([]value.Value, len(keys))
	for i, k := range keys {
		ks[i], vs[i] = strs.Model(k), f(k)
	}
	return value.FcnFromPairs(ks, vs)
}

func paramStr(p value.Value) string {
	if p == nil {
		return ""
	}
	if s, ok := value.AsString(p); ok {
		return s
	}
	return p.String() // a model value prints as its name
}

func paramInt(p value.Value) int64 {
	n, _ := value.AsInt(p)
	return n
}

func paramBool(p value.Value) bool {
	b, _ := value.AsBool(p)
	return b
}
