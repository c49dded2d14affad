package model_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// moduleName finds the name of the first module in a spec, so that the
// fuzzed file is named after it (a module must live in Name.tla).
var moduleName = regexp.MustCompile(`-{4,}\s*MODULE\s+([A-Za-z0-9_]+)`)

// FuzzCheck loads whole (spec, cfg) pairs and, when they load, model-checks
// them as `check --max-states 1000` does (issue 13): whatever the input, no
// panic, no hang past the context, and a well-formed answer: a positioned
// error for bad input, or a report whose verdict, counts and trace agree.
// The seeds are the repository's own specs with each of their cfgs.
func FuzzCheck(f *testing.F) {
	for _, dir := range []string{"testdata", "../spec", "../tla/eval/testdata"} {
		specs, _ := filepath.Glob(filepath.Join(dir, "*.tla"))
		for _, tla := range specs {
			src, err := os.ReadFile(tla)
			if err != nil {
				f.Fatal(err)
			}
			base := strings.TrimSuffix(tla, ".tla")
			cfgs, _ := filepath.Glob(base + "*.cfg")
			for _, c := range cfgs {
				csrc, err := os.ReadFile(c)
				if err != nil {
					f.Fatal(err)
				}
				f.Add(string(src), string(csrc))
			}
		}
	}
	f.Fuzz(func(t *testing.T, tla, cfg string) {
		checkPair(t, tla, cfg)
	})
}

// checkPair is one fuzz iteration.
func checkPair(t *testing.T, tla, cfg string) {
	name := "Fuzz"
	if m := moduleName.FindStringSubmatch(tla); m != nil {
		name = m[1]
	}
	fsys := fstest.MapFS{name + ".tla": {Data: []byte(tla)}, name + ".cfg": {Data: []byte(cfg)}}
	sp, err := eval.Load(fsys, name+".tla", name+".cfg")
	if err != nil {
		positioned(t, err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	rep, err := model.Check(ctx, sp, model.Options{Workers: 2, MaxStates: 1000, MaxMemory: 1 << 30})
	if err != nil {
		if err.Error() == "" {
			t.Fatal("Check failed with an empty error")
		}
		return
	}
	wellFormed(t, rep)
}

// positioned asserts that a load error says where: every entry of a
// token.ErrorList names its file and a line.
func positioned(t *testing.T, err error) {
	t.Helper()
	if err.Error() == "" {
		t.Fatal("load failed with an empty error")
	}
	var list token.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			if e.Pos.Filename == "" || e.Pos.Line < 1 || e.Pos.Col < 1 || e.Msg == "" {
				t.Fatalf("error without a position or a message: %q (pos %+v)", e.Error(), e.Pos)
			}
		}
	}
}

// wellFormed asserts what every report must satisfy, whatever the spec.
func wellFormed(t *testing.T, rep *model.Report) {
	t.Helper()
	if rep == nil {
		t.Fatal("Check returned neither a report nor an error")
	}
	switch rep.Result {
	case model.ResultOK, model.ResultStateLimit, model.ResultMemoryLimit, model.ResultInterrupted:
		if len(rep.Trace) != 0 {
			t.Fatalf("%s with a trace of %d states", rep.Result, len(rep.Trace))
		}
	case model.ResultInvariant, model.ResultDeadlock, model.ResultProperty, model.ResultActionProperty:
		if len(rep.Trace) == 0 {
			t.Fatalf("%s without a trace", rep.Result)
		}
	case model.ResultError:
		if rep.Message == "" {
			t.Fatal("an evaluation error without a message")
		}
	default:
		t.Fatalf("unknown result %q", rep.Result)
	}
	if (rep.Result == model.ResultInvariant || rep.Result == model.ResultProperty || rep.Result == model.ResultActionProperty) && rep.Property == "" {
		t.Fatalf("%s without the property's name", rep.Result)
	}
	if rep.Result == model.ResultOK && rep.Distinct > 1000 {
		t.Fatalf("ok after %d distinct states, past --max-states 1000", rep.Distinct)
	}
	if rep.Distinct < 0 || rep.Generated < rep.Distinct || rep.InitStates > rep.Distinct || rep.Depth < 0 || rep.Queue < 0 {
		t.Fatalf("inconsistent counts: generated %d, distinct %d, initial %d, depth %d, queue %d",
			rep.Generated, rep.Distinct, rep.InitStates, rep.Depth, rep.Queue)
	}
	if rep.LoopBack < 0 || rep.LoopBack > len(rep.Trace) {
		t.Fatalf("lasso back to state %d of a %d-state trace", rep.LoopBack, len(rep.Trace))
	}
	for i, s := range rep.Trace {
		if len(s.State) != len(rep.Vars) {
			t.Fatalf("trace state %d has %d values for %d variables", i+1, len(s.State), len(rep.Vars))
		}
	}
}
