package eval

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/value"
)

// refDir is the shared TLC reference directory when this tree sits in the
// project workspace; testdata holds a copy so the tests always run.
const refDir = "../../../shared/tlc-reference"

type expectation struct {
	Spec      string `json:"spec"`
	Config    string `json:"config"`
	Distinct  int    `json:"distinct"`
	Generated int    `json:"generated"`
	Result    string `json:"result"`
	Message   string `json:"message"`
	Property  string `json:"property"`
	Depth     int    `json:"depth"`
	Trace     int    `json:"trace_states"`
}

func readExpectations(t *testing.T, dir string) []expectation {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatalf("reading expectations: %v", err)
	}
	var out []expectation
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// bfsResult is what the small search below finds.
type bfsResult struct {
	distinct  int
	generated int
	depth     int
	err       error
	invFail   string
	deadlock  bool
}

// bfs is a minimal breadth-first search (a map of fingerprints) used to
// check successor semantics against TLC's counts; the real checker lives
// in package model.
func bfs(sp *Spec, limit int) bfsResult {
	seen := map[uint64]bool{}
	var frontier []value.State
	var res bfsResult
	check := func(s value.State) bool {
		for _, inv := range sp.Invariants {
			ok, err := inv.Eval(s)
			if err != nil {
				res.err = err
				return false
			}
			if !ok {
				res.invFail = inv.Name
				return false
			}
		}
		return true
	}
	// TLC checks invariants on a state that fails a CONSTRAINT but neither
	// records nor expands it.
	inModel := func(s value.State) bool {
		for _, c := range sp.Constraints {
			ok, err := c.Eval(s)
			if err != nil {
				res.err = err
			}
			if !ok {
				return false
			}
		}
		return true
	}
	err := sp.Init(func(s value.State) error {
		res.generated++
		fp := s.Fingerprint()
		if !inModel(s) {
			if !check(s) {
				return errors.New("stop")
			}
			return nil
		}
		if !seen[fp] {
			seen[fp] = true
			frontier = append(frontier, s)
			if !check(s) {
				return errors.New("stop")
			}
		}
		return nil
	})
	if err != nil && res.err == nil && res.invFail == "" {
		res.err = err
	}
	for len(frontier) > 0 && res.err == nil && res.invFail == "" && !res.deadlock {
		res.depth++
		var next []value.State
		for _, s := range frontier {
			n := 0
			err := sp.Next(s, func(st Step) error {
				n++
				res.generated++
				fp := st.State.Fingerprint()
				if !inModel(st.State) {
					if !check(st.State) {
						return errors.New("stop")
					}
					return nil
				}
				if !seen[fp] {
					seen[fp] = true
					next = append(next, st.State)
					if !check(st.State) {
						return errors.New("stop")
					}
				}
				return nil
			})
			if err != nil {
				if res.err == nil && res.invFail == "" {
					res.err = err
				}
				break
			}
			if n == 0 && sp.CheckDeadlock {
				res.deadlock = true
				break
			}
			if len(seen) > limit {
				res.err = errors.New("state limit")
				break
			}
		}
		frontier = next
	}
	res.distinct = len(seen)
	return res
}

func TestReferenceSpecs(t *testing.T) {
	for _, dir := range []string{"testdata", refDir} {
		if _, err := os.Stat(filepath.Join(dir, "expected.json")); err != nil {
			t.Logf("skipping %s: %v", dir, err)
			continue
		}
		for _, ex := range readExpectations(t, dir) {
			ex := ex
			t.Run(dir+"/"+ex.Config, func(t *testing.T) {
				if ex.Config == "PoolBig.cfg" && testing.Short() {
					t.Skip("PoolBig in -short mode")
				}
				if ex.Config == "PoolBig.cfg" {
					t.Skip("PoolBig is the checker's benchmark (705024 states); see BenchmarkPoolNext")
				}
				sp, err := LoadFiles(filepath.Join(dir, ex.Spec), filepath.Join(dir, ex.Config))
				if err != nil {
					t.Fatalf("load: %v", err)
				}
				res := bfs(sp, 100000)
				switch ex.Result {
				case "ok":
					if res.err != nil || res.invFail != "" || res.deadlock {
						t.Fatalf("got err=%v inv=%q deadlock=%v", res.err, res.invFail, res.deadlock)
					}
					if res.distinct != ex.Distinct {
						t.Errorf("distinct = %d, TLC %d", res.distinct, ex.Distinct)
					}
					if res.generated != ex.Generated {
						t.Errorf("generated = %d, TLC %d", res.generated, ex.Generated)
					}
					if res.depth != ex.Depth {
						t.Errorf("depth = %d, TLC %d", res.depth, ex.Depth)
					}
				case "error":
					if res.err == nil || !strings.Contains(res.err.Error(), ex.Message) {
						t.Fatalf("error = %v, want %q", res.err, ex.Message)
					}
					var ee *Error
					if !errors.As(res.err, &ee) || ee.Partial == nil {
						t.Errorf("error carries no partial state: %#v", res.err)
					}
				case "invariant violated":
					if res.invFail != ex.Property {
						t.Errorf("invariant failure %q (err %v), want %q", res.invFail, res.err, ex.Property)
					}
					if res.depth+1 != ex.Trace {
						t.Errorf("violation at level %d, TLC trace has %d states", res.depth, ex.Trace)
					}
				case "deadlock":
					if !res.deadlock {
						t.Errorf("no deadlock found (err %v)", res.err)
					}
					if res.depth != ex.Trace {
						t.Errorf("deadlock at level %d, TLC trace has %d states", res.depth, ex.Trace)
					}
				case "property violated":
					if res.err != nil {
						t.Errorf("err %v", res.err)
					}
					if res.distinct != ex.Distinct {
						t.Errorf("distinct = %d, TLC %d", res.distinct, ex.Distinct)
					}
				}
			})
		}
	}
}
