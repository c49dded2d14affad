package model

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/value"
)

// loadSymLive loads testdata/tlc/symlive/NAME.tla, with the definitions
// defs added at its end, and a cfg of text cfg.
func loadSymLive(t *testing.T, name, defs, cfg string) *eval.Spec {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "tlc", "symlive", name+".tla"))
	if err != nil {
		t.Fatal(err)
	}
	end := bytes.LastIndex(src, []byte("===="))
	if end < 0 {
		t.Fatalf("%s.tla has no end", name)
	}
	src = append(append(append([]byte(nil), src[:end]...), defs+"\n"...), src[end:]...)
	dir := t.TempDir()
	tla, cfgPath := filepath.Join(dir, name+".tla"), filepath.Join(dir, name+".cfg")
	if err := os.WriteFile(tla, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles(tla, cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// TestSymLiveActualSuccessor: under SYMMETRY, TLC judges a step's tableau
// node by the state the step reaches and expands a product node first
// met after its state was expanded from that state (symlive.go). On
// SymLeads, \A w : st[w] = "busy" ~> st[w] = "idle" with WF on Back(w)
// holds, as without the SYMMETRY (TLC: no error either way), in memory
// and on disk; judged by the orbits' first states it was violated. Going
// idle ~> busy has no fairness and stays violated (by stuttering).
func TestSymLiveActualSuccessor(t *testing.T) {
	const base = "CONSTANT W = {w1, w2}\nSPECIFICATION Spec\n"
	for _, c := range []struct {
		name, cfg string
		want      string
	}{
		{"sym", base + "PROPERTY Returns\nSYMMETRY Perms\n", ResultOK},
		{"plain", base + "PROPERTY Returns\n", ResultOK},
		{"symLeaves", base + "PROPERTY Leaves\nSYMMETRY Perms\n", ResultProperty},
		{"plainLeaves", base + "PROPERTY Leaves\n", ResultProperty},
	} {
		for _, disk := range []bool{false, true} {
			name := c.name
			if disk {
				name += "/disk"
			}
			t.Run(name, func(t *testing.T) {
				sp := loadSymLive(t, "SymLeads", `Leaves == \A w \in W : st[w] = "idle" ~> st[w] = "busy"`, c.cfg)
				opt := Options{Workers: 1}
				if disk {
					opt.DiskDir = t.TempDir()
				}
				rep, err := Check(context.Background(), sp, opt)
				if err != nil {
					t.Fatal(err)
				}
				if rep.Result != c.want {
					t.Errorf("%s: %s (%s), want %s", c.name, rep.Result, rep.Property, c.want)
				}
			})
		}
	}
}

// TestBehaviourLateCheckState: TLC's simulator takes the []<>~P of a
// <>[]P property, on each state first met after the initial one, from the
// state before it (behaviourshift.go). SimLate's behaviour x = 0, 1, 2
// (then stuttering) satisfies <>[](x = 2), yet TLC reports it violated,
// naming no property; Never == <>[](x = 5) it violates for real, and
// that one is named (x = 0, 1 alone is no behaviour of the spec: WF). Settles2 == <>[](x = 2) \/ FALSE takes the general way
// (a disjunct without a tableau) and is judged alike. The ~> property
// (a tableau) uses each state's own predicates: x = 1 ~> x = 2 holds.
func TestBehaviourLateCheckState(t *testing.T) {
	defs := "Settles2 == <>[](x = 2) \\/ FALSE\nReaches == (x = 1) ~> (x = 2)\nNever == <>[](x = 5)"
	for _, c := range []struct {
		prop  string
		steps int
		viol  bool
		none  bool
	}{
		{"Settles", 2, true, true},
		{"Settles", 1, false, false},
		{"Never", 2, true, false},
		{"Settles2", 2, true, true},
		{"Reaches", 2, false, false},
	} {
		sp := loadSymLive(t, "SimLate", defs, "SPECIFICATION Spec\nPROPERTY "+c.prop+"\nCHECK_DEADLOCK FALSE\n")
		bc, err := NewBehaviourChecker(sp)
		if err != nil {
			t.Fatal(err)
		}
		var s0 value.State
		if err := sp.Init(func(s value.State) error { s0 = s.Clone(); return nil }); err != nil {
			t.Fatal(err)
		}
		b := []TraceState{{Action: "Initial predicate", State: s0}}
		for i := 0; i < c.steps; i++ {
			var next eval.Step
			if err := sp.Next(b[len(b)-1].State, func(st eval.Step) error { next = st; return nil }); err != nil {
				t.Fatal(err)
			}
			b = append(b, TraceState{Action: sp.Label(next), State: next.State})
		}
		v, err := bc.Check(b)
		if err != nil {
			t.Fatal(err)
		}
		if (v != nil) != c.viol {
			t.Errorf("%s, %d steps: violation %v, want %v", c.prop, c.steps, v != nil, c.viol)
			continue
		}
		if v != nil && v.NoneViolated != c.none {
			t.Errorf("%s, %d steps: NoneViolated %v, want %v", c.prop, c.steps, v.NoneViolated, c.none)
		}
	}
}
