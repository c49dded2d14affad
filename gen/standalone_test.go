package gen

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedPackageBuildsAndRuns holds `wspcycle gen -package NAME` to its promise:
// the output is a self-contained package for any spec that follows the convention. In a
// module of its own, outside this repository's (it requires only stateless), it
// generates the machine of Driver.tla, a lifecycle unlike the provider's (Start, Stop,
// Suspend, Resume), as package main next to testdata/driver/main.go, and the provider's
// own spec as package lifecycle; it vets and builds both with -race, and runs the driver's
// script. The expected output is read off Driver.tla, step by step, with MaxUsers = 2.
func TestGeneratedPackageBuildsAndRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module: not in -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	dir := t.TempDir()
	writeStandaloneModule(t, dir)
	for _, c := range []struct{ pkg, spec, out string }{
		{"main", "testdata/driver/Driver.tla", "driver/driver_gen.go"},
		{"lifecycle", "../" + DefaultSpec, "lifecycle/lifecycle_gen.go"},
	} {
		out := filepath.Join(dir, c.out)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		if code := RunGen([]string{"-package", c.pkg, "-require=", "-o", out, c.spec}, &stderr, &stderr, nil); code != ExitOK {
			t.Fatalf("gen -package %s %s: exit %d\n%s", c.pkg, c.spec, code, stderr.String())
		}
	}
	mainSrc, err := os.ReadFile("testdata/driver/main.go")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "driver", "main.go"), mainSrc, 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(goTool, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("go %s: %v\n%s%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
		}
		return stdout.String()
	}
	run("vet", "./...")
	run("build", "-race", "./...")
	got := run("run", "-race", "./driver", "2")
	want := strings.Join([]string{
		"Stop: Stopped(0) refused: driver: not initialised", // StopStopped
		"Start: Running(1)", // StartFirst
		"Start: Running(2)", // StartAgain: 1 < MaxUsers
		"Start: Running(2) refused: driver: too many users",                  // StartTooMany: 2 >= MaxUsers
		"Suspend: Suspended(2)",                                              // Suspend, users unchanged
		"Start: waits in Suspended(2)",                                       // StartWhileSuspended (wait)
		"Stop: Suspended(2) refused: driver: a blocking call is in progress", // StopSuspended
		"Resume: Running(2)",                                                 // Resume
		"Stop: Running(1)",                                                   // StopRelease: 2 > 1
		"Stop: Stopped(0)",                                                   // StopLast: users = 1
		"Resume: Stopped(0) no transition",                                   // no Resume action from Stopped
		"Start: Running(1)",                                                  // StartFirst again
	}, "\n") + "\n"
	if got != want {
		t.Fatalf("the driver's run:\n%s\nwant (from Driver.tla):\n%s", got, want)
	}
}

// writeStandaloneModule writes go.mod and go.sum of a module that requires stateless at
// the version this repository uses, and nothing else.
func writeStandaloneModule(t *testing.T, dir string) {
	t.Helper()
	const dep = "github.com/qmuntal/stateless"
	goVersion, depVersion := "", ""
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(mod))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "go":
			goVersion = f[1]
		case len(f) >= 2 && f[0] == dep:
			depVersion = f[1]
		}
	}
	if goVersion == "" || depVersion == "" {
		t.Fatalf("../go.mod names no go version or no %s", dep)
	}
	sum, err := os.ReadFile("../go.sum")
	if err != nil {
		t.Fatal(err)
	}
	var sums []string
	for _, l := range strings.Split(string(sum), "\n") {
		if strings.HasPrefix(l, dep+" "+depVersion) {
			sums = append(sums, l)
		}
	}
	files := map[string]string{
		"go.mod": "module example.com/standalone\n\ngo " + goVersion + "\n\nrequire " + dep + " " + depVersion + "\n",
		"go.sum": strings.Join(sums, "\n") + "\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
