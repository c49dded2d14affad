//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/model"
)

// writeModule writes name.tla (a module with one variable x, the given Init
// and Next, the standard modules extended) and name.cfg in dir and returns
// the .tla path.
func writeModule(t *testing.T, dir, name, init, next string) string {
	t.Helper()
	src := "---- MODULE " + name + " ----\nEXTENDS Naturals, FiniteSets, Sequences\nVARIABLE x\nInit == " + init +
		"\nNext == " + next + "\n====\n"
	p := filepath.Join(dir, name+".tla")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".cfg"), []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// startMain starts the test binary as the wspcycle command (TestMain) with
// args; its stdout is piped (returned), its stderr goes to errs.
func startMain(t *testing.T, errs *bytes.Buffer, args ...string) (*exec.Cmd, io.Reader) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMainEnv+"=1")
	cmd.Stderr = errs
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out
}

// exitCode waits for cmd and returns its exit code, failing the test when
// it runs past limit (it is then killed): a hang, not a slow machine, since
// every command here would otherwise run for hours or until the machine
// runs out of memory.
func exitCode(t *testing.T, cmd *exec.Cmd, limit time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		return cmd.ProcessState.ExitCode()
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%v did not end within %v", cmd.Args, limit)
		return -1
	}
}

// Issue 13, item 2: --max-memory holds inside one evaluation. Each Init
// builds one value far larger than the limit: the set map has 80,000,000
// elements, ten times the 8,000,000-element set that reached 1.1 GB under
// --max-memory 200; the function has a domain of 10^9 tuples (the 1..1000
// cubed that grew to 24 GB), also under simulate; the SUBSET and the function set are
// enumerated by package value (1,048,576 elements, each a set or a
// function of 20 values: about 300 MB). The function set is past TLC's
// default set bound (1,000,000), past which x \in S is walked one element
// per initial state as TLC walks it, so the limit would be met between
// states and the in-evaluation check would go untested: both run with
// --max-set-size 2000000, under which Init builds the whole set in one
// evaluation (SUBSET, which the bound does not limit, whatever it is).
// Under --max-memory 40 each must stop
// with exit 4, naming --max-memory and the expression's position (line 4,
// Init), and the process must stay far below what the value needs: its
// peak resident memory under 1 GB (the race detector's shadow memory
// included), where the values need from 300 MB to tens of GB.
func TestMemoryLimitInsideOneEvaluation(t *testing.T) {
	dir := t.TempDir()
	bigSets := []string{"--max-set-size", "2000000"} // see above
	for _, tc := range []struct {
		name, command, init string
		flags               []string
	}{
		{"SetMap", "check", `x = {<<i, j>> : i \in 1..8000, j \in 1..10000}`, nil},
		{"Function", "check", `x = [i \in 1..1000, j \in 1..1000, k \in 1..1000 |-> i]`, nil},
		{"Subsets", "check", `x \in SUBSET (1..20)`, bigSets},
		{"Functions", "check", `x \in [1..20 -> 1..2]`, bigSets},
		// 800 lazy intervals: only UNION enumerates the 80,000,000 elements.
		{"Union", "check", `x = UNION {(i * 100000)..(i * 100000 + 99999) : i \in 1..800}`, nil},
		{"Simulated", "simulate", `x = {<<i, j>> : i \in 1..8000, j \in 1..10000}`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := writeModule(t, dir, tc.name, tc.init, "UNCHANGED x")
			var errs bytes.Buffer
			args := append(append([]string{tc.command, "--max-memory", "40"}, tc.flags...), spec)
			cmd, out := startMain(t, &errs, args...)
			report, _ := io.ReadAll(out)
			code := exitCode(t, cmd, 5*time.Minute)
			if code != model.ExitMemoryLimit || !bytes.Contains(report, []byte("--max-memory")) || !bytes.Contains(report, []byte(tc.name+".tla:4:")) {
				t.Fatalf("exit %d, want 4 with --max-memory at %s.tla:4; stdout:\n%s\nstderr:\n%s", code, tc.name, report, errs.String())
			}
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > 1<<20 {
				t.Errorf("peak resident memory %d KB, want under 1 GB", ru.Maxrss)
			}
		})
	}
}

// Issue 13, item 3: SIGTERM (as Ctrl-C's SIGINT) ends every long phase
// with exit 130: the search (it stops and reports), one evaluation that
// would run for hours in Init or in Next (abandoned after interruptGrace),
// and loading (here a 1,000,000-term sum, which takes seconds). The
// signal is sent once the command has printed the line that says the
// phase before has ended, or after two seconds if it prints nothing (the
// report of Init and of the first Next can come at the end of the level;
// loading these specs takes milliseconds, and a signal that landed in it
// must end the command the same way); in loading, after a second (a
// signal before main installs its handler kills the process, as any
// process: that is not what is tested). The 1,000,000-term sum takes
// seconds to load, and if it did not, Next would still run for hours.
func TestSignalEndsEveryPhase(t *testing.T) {
	dir := t.TempDir()
	long := `\A i \in 1..1000, j \in 1..1000, k \in 1..1000 : i + j + k > 0`
	for _, tc := range []struct {
		name, init, next string
		sig              os.Signal
		wait             string // the line of stdout to wait for before signalling
	}{
		{"Search", "x = 0", "x' = x + 1", syscall.SIGTERM, "Computed 1 initial state"},
		{"Init", "x = 0 /\\ " + long, "UNCHANGED x", syscall.SIGTERM, "Computed"},
		{"Next", "x = 0", "x' = 1 /\\ " + long, syscall.SIGTERM, "Computed 1 initial state"},
		{"NextInt", "x = 0", "x' = 1 /\\ " + long, syscall.SIGINT, "Computed 1 initial state"},
		{"Loading", "x = 0" + strings.Repeat("+0", 999_999), "x' = 1 /\\ " + long, syscall.SIGTERM, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := writeModule(t, dir, tc.name, tc.init, tc.next)
			var errs bytes.Buffer
			cmd, out := startMain(t, &errs, "check", "--workers", "1", spec)
			seen := make(chan struct{})
			go func(wait string) {
				sc := bufio.NewScanner(out)
				for sc.Scan() {
					if wait != "" && strings.Contains(sc.Text(), wait) {
						close(seen)
						wait = ""
					}
				}
			}(tc.wait)
			if tc.wait == "" {
				time.Sleep(time.Second)
			} else {
				select {
				case <-seen:
				case <-time.After(2 * time.Second):
				}
			}
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			if code := exitCode(t, cmd, time.Minute); code != model.ExitInterrupted {
				t.Fatalf("exit %d after %v, want 130; stderr:\n%s", code, tc.sig, errs.String())
			}
		})
	}
}
