package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunGenWritesOnlyOnChange(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x_gen.go")
	var stdout, stderr bytes.Buffer
	if code := RunGen([]string{"-o", out, realSpec}, &stdout, &stderr, nil); code != 0 {
		t.Fatalf("gen exit %d: %s", code, stderr.String())
	}
	if code := RunGen([]string{"-check", "-o", out, realSpec}, &stdout, &stderr, nil); code != 0 {
		t.Fatalf("fresh output reported stale (exit %d): %s", code, stderr.String())
	}
	if err := os.WriteFile(out, []byte("package fsm\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := RunGen([]string{"-check", "-o", out, realSpec}, &stdout, &stderr, nil); code != 1 || !strings.Contains(stderr.String(), "stale") {
		t.Fatalf("stale output: exit %d, %q", code, stderr.String())
	}
	if code := RunGen([]string{"-o", out, realSpec}, &stdout, &stderr, nil); code != 0 {
		t.Fatal("regenerating failed")
	}
	want, _ := os.ReadFile("../fsm/lifecycle_gen.go")
	got, _ := os.ReadFile(out)
	if !bytes.Equal(got, want) {
		t.Fatal("RunGen output differs from the checked-in fsm/lifecycle_gen.go")
	}
}

func TestRunGenStdoutAndErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := RunGen([]string{realSpec}, &stdout, &stderr, nil); code != 0 || !strings.HasPrefix(stdout.String(), Header) {
		t.Fatalf("exit %d, stdout %.60q, stderr %s", code, stdout.String(), stderr.String())
	}
	stderr.Reset()
	if code := RunGen([]string{"testdata/bad/overlap.tla"}, &stdout, &stderr, nil); code != ExitBadInput || !strings.Contains(stderr.String(), "overlap.tla:") {
		t.Fatalf("bad spec: exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := RunGen([]string{"no/such/spec.tla"}, &stdout, &stderr, nil); code != ExitBadInput || stderr.Len() == 0 {
		t.Fatalf("missing spec: exit %d", code)
	}
	if code := RunGen([]string{"-check", realSpec}, &stdout, &stderr, nil); code != 2 {
		t.Fatalf("-check without -o: exit %d", code)
	}
	if code := RunGen([]string{"a.tla", "b.tla"}, &stdout, &stderr, nil); code != 2 {
		t.Fatalf("two specs: exit %d", code)
	}
	if code := RunGen([]string{"-nosuchflag"}, &stdout, &stderr, nil); code != 2 {
		t.Fatalf("bad flag: exit %d", code)
	}
}

func TestRunGraph(t *testing.T) {
	for _, f := range []string{"dot", "mermaid"} {
		var stdout, stderr bytes.Buffer
		if code := RunGraph([]string{"-format", f, realSpec}, &stdout, &stderr, nil); code != 0 {
			t.Fatalf("%s: exit %d: %s", f, code, stderr.String())
		}
		want, _ := os.ReadFile("testdata/ProviderLifecycle." + f)
		if stdout.String() != string(want) {
			t.Fatalf("%s output differs from testdata/ProviderLifecycle.%s", f, f)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := RunGraph([]string{"-format", "png", realSpec}, &stdout, &stderr, nil); code != 2 || !strings.Contains(stderr.String(), "png") {
		t.Fatalf("bad format: exit %d, %q", code, stderr.String())
	}
}

func TestDefaultInput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	calls := 0
	def := func() (string, []byte, error) {
		calls++
		src, err := os.ReadFile("testdata/ok/Breaker.tla")
		return "embedded/Breaker.tla", src, err
	}
	if code := RunGraph(nil, &stdout, &stderr, def); code != ExitOK || calls != 1 {
		t.Fatalf("exit %d, %d calls: %s", code, calls, stderr.String())
	}
	want, _ := os.ReadFile("testdata/ok/Breaker.mermaid")
	if stdout.String() != string(want) {
		t.Fatal("default input not used")
	}
	if code := RunGen([]string{"-h"}, &stdout, &stderr, def); code != ExitOK {
		t.Fatalf("-h: exit %d", code)
	}
}
