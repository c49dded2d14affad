package gen

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
	"github.com/wspcycle/wspcycle/tla/token"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const realSpec = "../spec/ProviderLifecycle.tla"

func parse(t *testing.T, path string) *ast.Module {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := parser.ParseFile(filepath.Base(path), src)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return mod
}

// golden compares got with the file, or rewrites it under -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./gen -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test ./gen -update after checking the diff):\n%s", file, firstDiff(got, want))
	}
}

func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(same lines, different bytes)"
}

// TestCheckedInCodeIsFresh fails when fsm/lifecycle_gen.go is not what the spec compiles
// to now, so `make test` catches a spec change shipped without `make gen`.
func TestCheckedInCodeIsFresh(t *testing.T) {
	got, err := Compile(parse(t, realSpec), Options{Require: RuntimeTriggers})
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../fsm/lifecycle_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("fsm/lifecycle_gen.go is stale: run make gen\n%s", firstDiff(got, want))
	}
}

// TestRealSpecProjection states what the lifecycle spec's control fragment is, so that a
// change in the spec or the compiler that alters the machine fails here by name.
func TestRealSpecProjection(t *testing.T) {
	m, err := Project(parse(t, realSpec), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(m.States, ",") != "Uninitialized,Active,Draining,Freeing,Reinitializable" || m.Initial != "Uninitialized" {
		t.Fatalf("states %v initial %s", m.States, m.Initial)
	}
	if m.Max != "MaxRefs" || m.Phase != "phase" || m.Counter != "refs" {
		t.Fatalf("fragment %s/%s/%s", m.Phase, m.Counter, m.Max)
	}
	n := &names{m.Counter, m.Max}
	var got []string
	for _, a := range m.Actions {
		g := "TRUE"
		if a.Guard != nil {
			g = a.Guard.tla(n)
		}
		r := ""
		if a.Refs != nil {
			r = " refs'=" + a.Refs.tla(n)
		}
		kind := ""
		switch {
		case a.Hand:
			kind = " hand"
		case a.Wait:
			kind = " wait"
		case a.Error != "":
			kind = " error=" + a.Error
		}
		to := a.To
		if to == "" {
			to = "="
		}
		got = append(got, a.Name+" "+a.Trigger+kind+" ["+strings.Join(a.From, ",")+"] "+g+" -> "+to+r)
	}
	want := []string{
		"StartupBadVersion Startup hand [Uninitialized,Active,Draining,Freeing,Reinitializable] TRUE -> =",
		"StartupWait Startup wait [Draining,Freeing] TRUE -> =",
		"StartupInitFails Startup hand [Uninitialized,Reinitializable] TRUE -> =",
		"StartupFirst Startup [Uninitialized,Reinitializable] TRUE -> Active refs'=refs + 1",
		"StartupAgain Startup [Active] refs < MaxRefs -> = refs'=refs + 1",
		"StartupTooMany Startup error=ProcLimit [Active] refs >= MaxRefs -> =",
		"CleanupNotInitialised Cleanup error=NotInitialised [Uninitialized,Active,Draining,Freeing,Reinitializable] refs = 0 -> =",
		"CleanupRelease Cleanup [Active] refs > 1 -> = refs'=refs - 1",
		"CleanupFinal Cleanup [Active] refs = 1 -> Draining refs'=refs - 1",
		"DrainDone DrainDone [Draining] TRUE -> Freeing",
		"FreeDone FreeDone [Freeing] TRUE -> Reinitializable",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("projection:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m.Proof.MaxBound < 8 || m.Proof.Points == 0 {
		t.Fatalf("proof %+v", m.Proof)
	}
}

// TestGoldenSmallSpecs compiles and draws the specs in testdata/ok.
func TestGoldenSmallSpecs(t *testing.T) {
	specs, _ := filepath.Glob("testdata/ok/*.tla")
	if len(specs) == 0 {
		t.Fatal("no specs in testdata/ok")
	}
	for _, spec := range specs {
		t.Run(filepath.Base(spec), func(t *testing.T) {
			mod := parse(t, spec)
			src, err := Compile(mod, Options{})
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(spec, ".tla")
			golden(t, base+".go.golden", src)
			m, err := Project(mod, Options{})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, base+".dot", []byte(m.DOT()))
			golden(t, base+".mermaid", []byte(m.Mermaid()))
		})
	}
}

// TestGoldenGraphs pins the real spec's diagrams (the Mermaid one is in the README).
func TestGoldenGraphs(t *testing.T) {
	m, err := Project(parse(t, realSpec), Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/ProviderLifecycle.dot", []byte(m.DOT()))
	golden(t, "testdata/ProviderLifecycle.mermaid", []byte(m.Mermaid()))
}

// TestDeterministic compiles the same spec repeatedly: Go randomises map iteration, so
// any dependence of the output on it shows up as a difference.
func TestDeterministic(t *testing.T) {
	first, err := Compile(parse(t, realSpec), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		again, err := Compile(parse(t, realSpec), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, again) {
			t.Fatalf("output changed between runs:\n%s", firstDiff(again, first))
		}
	}
	if !bytes.HasPrefix(first, []byte(Header+"\n")) {
		t.Fatal("output does not start with the generated-code header")
	}
}

// TestRejections compiles each spec in testdata/bad and expects the error its first
// comment line names ("\* want: file:line:col: message prefix").
func TestRejections(t *testing.T) {
	specs, _ := filepath.Glob("testdata/bad/*.tla")
	if len(specs) < 10 {
		t.Fatalf("only %d bad specs", len(specs))
	}
	for _, spec := range specs {
		t.Run(filepath.Base(spec), func(t *testing.T) {
			src, err := os.ReadFile(spec)
			if err != nil {
				t.Fatal(err)
			}
			_, after, ok := strings.Cut(string(src), `\* want: `)
			if !ok {
				t.Fatal("no want line")
			}
			want, _, _ := strings.Cut(after, "\n")
			mod := parse(t, spec)
			_, err = Compile(mod, Options{Require: []string{"Startup"}})
			if err == nil {
				t.Fatalf("compiled; want error %q", want)
			}
			if !strings.Contains(err.Error(), want) {
				t.Fatalf("error:\n%v\nwant it to contain:\n%s", err, want)
			}
		})
	}
}

func TestFlagsOverrideAnnotation(t *testing.T) {
	mod := parse(t, "testdata/ok/Counter.tla")
	if _, err := Project(mod, Options{Phase: "log"}); err == nil || !strings.Contains(err.Error(), "") {
		t.Fatal("a wrong -phase was accepted")
	}
	if _, err := Project(mod, Options{Phase: "nope"}); err == nil || !strings.Contains(err.Error(), `phase "nope" is not a declared VARIABLE`) {
		t.Fatalf("err = %v", err)
	}
	if _, err := Project(mod, Options{Max: "Users"}); err == nil || !strings.Contains(err.Error(), "uses constants Users and Limit") {
		t.Fatalf("err = %v", err)
	}
	if _, err := Project(nil, Options{}); err == nil {
		t.Fatal("nil module accepted")
	}
}

// TestEverySpecInTheRepository compiles every spec and mutant under spec/: each either
// compiles or is rejected with positioned errors (several mutants are wrong in their
// control fragment and must be caught here, before any model checking).
func TestEverySpecInTheRepository(t *testing.T) {
	specs, _ := filepath.Glob("../spec/*.tla")
	mutants, _ := filepath.Glob("../spec/mutants/*.tla")
	specs = append(specs, mutants...)
	if len(specs) == 0 {
		t.Skip("no specs")
	}
	rejected := 0
	for _, spec := range specs {
		src, err := os.ReadFile(spec)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(filepath.Base(spec), src)
		if err != nil {
			continue // the parser's business
		}
		_, err = Compile(mod, Options{})
		if err == nil {
			continue
		}
		rejected++
		var list token.ErrorList
		if !errors.As(err, &list) || len(list) == 0 || !list[0].Pos.IsValid() {
			t.Errorf("%s: error without a position: %v", spec, err)
		}
	}
	t.Logf("%d specs, %d rejected", len(specs), rejected)
}

// TestReadmeDiagramIsCurrent keeps the diagrams in gen/README.md and the repository's
// README.md equal to the generator's.
func TestReadmeDiagramIsCurrent(t *testing.T) {
	m, err := Project(parse(t, realSpec), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"README.md", "../README.md"} {
		readme, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), "```mermaid\n"+m.Mermaid()+"```") {
			t.Errorf("%s's diagram is not the current `wspcycle graph -format mermaid` output", file)
		}
	}
}
