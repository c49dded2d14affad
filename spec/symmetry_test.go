package spec

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TestSymmetryCutsByTheGroup checks symmetric/ProviderLifecycleSymmetric.cfg: the
// lifecycle with SYMMETRY over its threads, socket slots and callback
// tables reaches the same verdict as without, with one state per orbit of
// the renamings. The orbits are counted here independently of the
// checker's canonical forms: every reachable state of the run without
// symmetry is renamed by every element of the group, each renaming must be
// reachable too (the spec is symmetric, so the reduction is sound), and the
// states one state's renamings reach form its orbit.
//
// An orbit has |G| / |stabiliser| states, so the reduced count lies between
// N / |G| and N; it is close to N / |G| when few states are fixed by a
// renaming. On the medium model (2 threads, 2 sockets, 2 tables: |G| = 8)
// it is 17,173 of 100,308 (a factor of 5.8: states with both threads idle,
// or both sockets unused, or no table yet, are fixed by some renamings).
// TLC on the same cfg finds 17,173 distinct states too (248,038 generated,
// depth 19). The small variant (one socket slot: |G| = 4) runs every time.
func TestSymmetryCutsByTheGroup(t *testing.T) {
	for _, tc := range []struct {
		size, sockets string
		group         int
	}{
		{"small", "{s1}", 4},
		{"medium", "{s1, s2}", 8},
	} {
		t.Run(tc.size, func(t *testing.T) {
			if !wantModel(tc.size) {
				t.Skipf("%s model: runs with WSPCYCLE_MODELS=%s, without -short", tc.size, tc.size)
			}
			cfg, err := os.ReadFile(filepath.Join("symmetric", "ProviderLifecycleSymmetric.cfg"))
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Replace(string(cfg), "Sockets = {s1, s2}", "Sockets = "+tc.sockets, 1)
			sym := loadWithCfg(t, text)
			plain := loadWithCfg(t, strings.Replace(text, "SYMMETRY Symmetry", "", 1))
			if len(sym.Symmetry)+1 != tc.group || plain.Symmetry != nil {
				t.Fatalf("a group of %d renamings (and %d without SYMMETRY), want %d", len(sym.Symmetry)+1, len(plain.Symmetry), tc.group)
			}
			repSym, repPlain := checkSpec(t, sym), checkSpec(t, plain)
			if repSym.Result != "ok" || repPlain.Result != repSym.Result {
				t.Fatalf("verdicts %s with symmetry, %s without; want ok both", repSym.Result, repPlain.Result)
			}
			// The states are sym's (its Next is plain's): a renaming
			// applies to the model values of the spec it was made for.
			reached, orbits := orbitsOf(t, sym, sym.Symmetry)
			if reached != repPlain.Distinct {
				t.Fatalf("the search without symmetry finds %d states, the enumeration %d", repPlain.Distinct, reached)
			}
			if repSym.Distinct != orbits {
				t.Errorf("%d distinct states with symmetry, want the %d orbits of the %d states", repSym.Distinct, orbits, reached)
			}
			if repSym.Distinct*int64(tc.group) < repPlain.Distinct || repSym.Distinct >= repPlain.Distinct {
				t.Errorf("%d states with symmetry, %d without: not a cut by a group of %d", repSym.Distinct, repPlain.Distinct, tc.group)
			}
			t.Logf("%d distinct states without symmetry, %d with (a factor of %.2f for a group of %d)",
				repPlain.Distinct, repSym.Distinct, float64(repPlain.Distinct)/float64(repSym.Distinct), tc.group)
		})
	}
}

// loadWithCfg loads symmetric/ProviderLifecycleSymmetric.tla, with the
// ProviderLifecycle it extends, and the given cfg text.
func loadWithCfg(t *testing.T, cfg string) *eval.Spec {
	t.Helper()
	fsys := fstest.MapFS{"Symmetric.cfg": {Data: []byte(cfg)}}
	for n, path := range map[string]string{
		"ProviderLifecycle.tla":          "ProviderLifecycle.tla",
		"ProviderLifecycleSymmetric.tla": filepath.Join("symmetric", "ProviderLifecycleSymmetric.tla"),
	} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fsys[n] = &fstest.MapFile{Data: data}
	}
	sp, err := eval.Load(fsys, "ProviderLifecycleSymmetric.tla", "Symmetric.cfg")
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return sp
}

func checkSpec(t *testing.T, sp *eval.Spec) *model.Report {
	t.Helper()
	rep, err := model.Check(context.Background(), sp, model.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// orbitsOf enumerates the states sp reaches (breadth first, by plain
// fingerprints) and counts their orbits under the renamings perms (and the
// identity). A renamed reachable state that is not reachable is an error:
// the spec would not be symmetric.
func orbitsOf(t *testing.T, sp *eval.Spec, perms []*value.Perm) (reached, orbits int64) {
	t.Helper()
	seen := map[uint64]value.State{}
	var queue []value.State
	add := func(s value.State) {
		if fp := s.Fingerprint(); seen[fp] == nil {
			seen[fp] = s
			queue = append(queue, s)
		}
	}
	if err := sp.Init(func(s value.State) error { add(s); return nil }); err != nil {
		t.Fatal(err)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if err := sp.Next(s, func(st eval.Step) error { add(st.State); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	inOrbit := map[uint64]bool{}
	bad := 0
	for fp, s := range seen {
		if inOrbit[fp] {
			continue
		}
		orbits++
		inOrbit[fp] = true
		for _, p := range perms {
			r := make(value.State, len(s))
			for i, v := range s {
				pv, err := value.Permute(v, p)
				if err != nil {
					t.Fatal(err)
				}
				r[i] = pv
			}
			rfp := r.Fingerprint()
			if seen[rfp] == nil {
				if bad++; bad <= 3 {
					t.Errorf("renaming %s of a reachable state is not reachable", p)
				}
				continue
			}
			inOrbit[rfp] = true
		}
	}
	return int64(len(seen)), orbits
}
