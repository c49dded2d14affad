package spec

import (
	"context"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// wantModel reports whether a run checks the models of this size. The small
// ones always: every run checks them, under -race too. Medium ones with
// WSPCYCLE_MODELS=medium (seconds without -race: make test runs them so);
// large ones too with WSPCYCLE_MODELS=large or WSPCYCLE_BIG=1 (minutes and
// gigabytes: for long runs and benchmarks). -short keeps a run small.
func wantModel(size string) bool {
	if size == "small" {
		return true
	}
	if testing.Short() {
		return false
	}
	upTo := os.Getenv("WSPCYCLE_MODELS")
	if os.Getenv("WSPCYCLE_BIG") == "1" {
		upTo = "large"
	}
	switch upTo {
	case "large":
		return true
	case "medium":
		return size == "medium"
	}
	return false
}

// reports keeps the report of each full check, so that tests looking at
// the same model from different angles check it only once.
var reports struct {
	sync.Mutex
	m map[string]*model.Report
}

func check(t *testing.T, tla, cfg string, maxStates int64) *model.Report {
	t.Helper()
	key := tla + "\x00" + cfg
	reports.Lock()
	defer reports.Unlock()
	if rep, ok := reports.m[key]; ok && maxStates == 0 {
		return rep
	}
	rep := checkOnce(t, tla, cfg, maxStates)
	if maxStates == 0 {
		if reports.m == nil {
			reports.m = map[string]*model.Report{}
		}
		reports.m[key] = rep
	}
	return rep
}

func checkOnce(t *testing.T, tla, cfg string, maxStates int64) *model.Report {
	t.Helper()
	sp, err := eval.Load(FS, tla, cfg)
	if err != nil {
		t.Fatalf("load %s with %s: %v", tla, cfg, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	rep, err := model.Check(ctx, sp, model.Options{MaxStates: maxStates})
	if err != nil {
		t.Fatalf("check %s with %s: %v", tla, cfg, err)
	}
	return rep
}

// Every model of the shipped specs holds: no invariant, property or
// deadlock violation.
func TestModelsHold(t *testing.T) {
	for _, m := range Models {
		m := m
		t.Run(m.Config, func(t *testing.T) {
			if !wantModel(m.Size) {
				t.Skipf("%s model: runs with WSPCYCLE_MODELS=%s, without -short (large ones want -timeout 60m)", m.Size, m.Size)
			}
			rep := check(t, m.Spec, m.Config, 0)
			if rep.Result != "ok" {
				t.Fatalf("%s: %s %s %s (trace of %d states)", m.Config, rep.Result, rep.Property, rep.Message, len(rep.Trace))
			}
			if rep.Distinct < 2 || rep.Generated < rep.Distinct || rep.Depth < 2 {
				t.Errorf("%s: implausible counts: %d distinct, %d generated, depth %d",
					m.Config, rep.Distinct, rep.Generated, rep.Depth)
			}
			t.Logf("%s: %d distinct states, %d generated, depth %d", m.Config, rep.Distinct, rep.Generated, rep.Depth)
		})
	}
}

// The small model stays small: CI checks it on every run.
func TestSmallModelIsSmall(t *testing.T) {
	rep := check(t, DefaultSpec, DefaultConfig, 0)
	if rep.Distinct > 100000 {
		t.Errorf("the small model has %d distinct states; keep it under 100000", rep.Distinct)
	}
}

// README.md reports the counts of each model; for the small ones, which
// every run checks anyway, they must be what the checker finds.
func TestReadmeCountsOfSmallModels(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := readmeCounts(string(readme))
	for _, m := range Models {
		if m.Size != "small" {
			continue
		}
		row, ok := rows[m.Config]
		if !ok {
			t.Errorf("README.md has no row for %s", m.Config)
			continue
		}
		rep := check(t, m.Spec, m.Config, 0)
		got := [3]int64{rep.Distinct, rep.Generated, int64(rep.Depth)}
		if got != row {
			t.Errorf("README.md says %s has %v (distinct, generated, depth); the checker finds %v", m.Config, row, got)
		}
	}
}

// readmeCounts reads the model table of README.md: for each cfg, its
// distinct states, states generated and depth.
func readmeCounts(readme string) map[string][3]int64 {
	rows := map[string][3]int64{}
	for _, line := range strings.Split(readme, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 10 {
			continue
		}
		cfg := ""
		for _, f := range strings.Fields(cells[1]) {
			if strings.HasSuffix(f, ".cfg`") {
				cfg = strings.Trim(f, "`")
			}
		}
		var n [3]int64
		ok := cfg != ""
		for i := 0; i < 3 && ok; i++ {
			v, err := strconv.ParseInt(strings.ReplaceAll(strings.TrimSpace(cells[6+i]), ",", ""), 10, 64)
			n[i], ok = v, err == nil
		}
		if ok {
			rows[cfg] = n
		}
	}
	return rows
}

// Every mutant is caught, by the property that states the contract clause
// it breaks.
func TestMutantsAreCaught(t *testing.T) {
	ms, err := Mutants()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		m := m
		t.Run(m.Module, func(t *testing.T) {
			rep := check(t, m.Spec(), m.Config(), 5_000_000)
			if rep.Result != m.Result || (m.Result != "deadlock" && !isInstanceOf(rep.Property, m.Property)) {
				t.Fatalf("%s: got %q %q %s, want %q %q (the spec is too weak if it passes)",
					m.Module, rep.Result, rep.Property, rep.Message, m.Result, m.Property)
			}
			if len(rep.Trace) == 0 {
				t.Errorf("%s: violation without a trace", m.Module)
			}
			if code := rep.ExitCode(); code == 0 {
				t.Errorf("%s: exit code 0 for a violation", m.Module)
			}
		})
	}
}

// isInstanceOf reports whether the reported property is want itself or,
// for a quantified property such as \A t \in Threads : P(t) ~> Q(t), one of
// its instances, which the checker names want(t1), want(t2), ...
func isInstanceOf(reported, want string) bool {
	return reported == want || (strings.HasPrefix(reported, want+"(") && strings.HasSuffix(reported, ")"))
}

// The benchmarks time a full check (search, invariants, temporal
// properties) of each model; large runs only with WSPCYCLE_BIG=1.
func benchModel(b *testing.B, cfg string) {
	sp, err := eval.Load(FS, DefaultSpec, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := model.Check(context.Background(), sp, model.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Result != "ok" {
			b.Fatalf("%s: %s %s", cfg, rep.Result, rep.Property)
		}
		b.ReportMetric(float64(rep.Distinct), "distinct-states")
	}
}

func BenchmarkCheckSmall(b *testing.B)  { benchModel(b, "ProviderLifecycle.cfg") }
func BenchmarkCheckMedium(b *testing.B) { benchModel(b, "ProviderLifecycleMedium.cfg") }
func BenchmarkCheckLarge(b *testing.B) {
	if os.Getenv("WSPCYCLE_BIG") != "1" {
		b.Skip("the large model (about a million states) runs only with WSPCYCLE_BIG=1")
	}
	benchModel(b, "ProviderLifecycleLarge.cfg")
}
