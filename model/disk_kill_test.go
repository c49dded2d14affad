package model

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/model/store"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// The kill-and-recover tests run the disk-backed search in a child process
// (this test binary, running TestDiskChild), checkpointing every second,
// SIGKILL it at random instants, resume it with Options.Recover, and
// require the counts of an uninterrupted run. The model is DiskCounters,
// whose counts follow from its constant N (see its header).

const childEnv = "WSPCYCLE_DISK_CHILD" // "cfg|dir|recover"

// childResult is what the child prints on success.
type childResult struct {
	Result              string
	Generated, Distinct int64
	Depth               int
	Checkpoints         int
}

// TestDiskChild is the child process; it does nothing in a normal run.
func TestDiskChild(t *testing.T) {
	arg := os.Getenv(childEnv)
	if arg == "" {
		t.Skip("the child of the kill-and-recover tests")
	}
	parts := strings.Split(arg, "|")
	sp, err := eval.LoadFiles(filepath.Join("testdata", "DiskCounters.tla"), filepath.Join("testdata", parts[0]))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 2, DiskDir: parts[1], Recover: parts[2] == "recover",
		Checkpoint: time.Second, MaxMemory: 2 << 20})
	if err != nil {
		fmt.Fprintf(os.Stdout, "CHILD-ERROR %v\n", err)
		return
	}
	b, _ := json.Marshal(childResult{rep.Result, rep.Generated, rep.Distinct, rep.Depth, rep.Checkpoints})
	fmt.Fprintf(os.Stdout, "CHILD-RESULT %s\n", b)
}

// runChild runs the child until it ends or, when killAfter > 0, until it
// is killed after that long. It returns the child's result, or nil if it
// was killed.
func runChild(t *testing.T, cfg, dir string, recover bool, killAfter time.Duration) (*childResult, error) {
	mode := "fresh"
	if recover {
		mode = "recover"
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestDiskChild$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+cfg+"|"+dir+"|"+mode)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	if killAfter > 0 {
		select {
		case <-done:
		case <-time.After(killAfter):
			cmd.Process.Kill() // SIGKILL: no chance to clean up
			<-done
			return nil, nil
		}
	} else {
		<-done
	}
	text := out.String()
	if i := strings.Index(text, "CHILD-ERROR "); i >= 0 {
		return nil, errors.New(strings.SplitN(text[i+len("CHILD-ERROR "):], "\n", 2)[0])
	}
	i := strings.Index(text, "CHILD-RESULT ")
	if i < 0 {
		t.Fatalf("the child printed no result:\n%s", text)
	}
	var r childResult
	if err := json.Unmarshal([]byte(strings.SplitN(text[i+len("CHILD-RESULT "):], "\n", 2)[0]), &r); err != nil {
		t.Fatal(err)
	}
	return &r, nil
}

// killAndRecover runs DiskCounters with cfg (constant n) rounds times:
// each round starts a fresh run, kills it (and then each recovery of it,
// up to kills times in all) at a random instant, then lets a last recovery
// finish, and compares its counts with the formulas. The instants are
// drawn from the middle 80% of the time an uninterrupted run takes on this
// machine, measured first, so that the kills land inside the run however
// fast or loaded the machine is; a fresh run that ends before its kill
// (the load went down) re-measures it. A recovery resumes part-way and may
// end before a later kill: a round counts when its first run was killed.
func killAndRecover(t *testing.T, cfg string, n int64, rounds, kills int) {
	want := childResult{Result: ResultOK, Distinct: (n + 1) * (n + 1) * (n + 1), Generated: 1 + 3*n*(n+1)*(n+1), Depth: int(3*n + 1)}
	start := time.Now()
	whole, err := runChild(t, cfg, t.TempDir(), false, 0)
	if err != nil {
		t.Fatal(err)
	}
	full := time.Since(start)
	whole.Checkpoints = 0
	if *whole != want {
		t.Fatalf("uninterrupted run: %+v, want %+v", *whole, want)
	}
	minKill, maxKill := full/10, full*9/10
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for round, counted := 0, 0; counted < rounds; round++ {
		if round >= 3*rounds {
			t.Fatalf("only %d of %d rounds had their run killed (up to %d kills each): the kill instants miss the runs", counted, round, kills)
		}
		dir := t.TempDir()
		recover, killed := false, 0
		var got *childResult
		for got == nil {
			kill := time.Duration(0)
			if killed < kills {
				kill = minKill + time.Duration(r.Int64N(int64(maxKill-minKill)))
			}
			began := time.Now()
			res, err := runChild(t, cfg, dir, recover, kill)
			switch {
			case err != nil && strings.Contains(err.Error(), store.ErrNoCheckpoint.Error()):
				recover = false // killed before the first checkpoint: start again
			case err != nil:
				t.Fatalf("round %d, after %d kills: %v", round, killed, err)
			case res == nil:
				killed++
				recover = true
			default:
				got = res
				if !recover {
					// A fresh run outran its kill: the machine got faster
					// (a shared machine's load varies), so the instants
					// are drawn from this run's time from now on.
					full := time.Since(began)
					minKill, maxKill = full/10, full*9/10
				}
			}
		}
		if killed == 0 {
			t.Logf("round %d: the run ended before its kill (not counted)", round)
		} else {
			counted++
		}
		t.Logf("round %d: %d kills, %d checkpoints in the last run", round, killed, got.Checkpoints)
		got.Checkpoints = 0
		if *got != want {
			t.Fatalf("round %d, after %d kills: %+v, want %+v", round, killed, *got, want)
		}
	}
}

// TestDiskKillRecover: 3 rounds of 2 kills on 226,981 states (N = 60),
// a run of a few seconds.
func TestDiskKillRecover(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("runs the search in child processes for several seconds")
	}
	killAndRecover(t, "DiskCounters.cfg", 60, 3, 2)
}

// TestDiskKillRecoverLong is the criterion: 20 rounds on 10^6
// states (N = 99), one kill each at a random instant of the whole run.
// It takes many minutes: set WSPCYCLE_LONG_TESTS=1 to run it.
func TestDiskKillRecoverLong(t *testing.T) {
	if os.Getenv("WSPCYCLE_LONG_TESTS") == "" {
		t.Skip("set WSPCYCLE_LONG_TESTS=1")
	}
	killAndRecover(t, "DiskCountersBig.cfg", 99, 20, 1)
}
