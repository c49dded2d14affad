package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The models `make examples` leaves out, selected with -long: those whose
// manifest records an exhaustive search of a minute or more (up to
// -max-runtime), or an unknown runtime, and the simulate-mode ones. They
// are run with `wspcycle tlc` (TLC's command line: one worker,
// -simulate num=N for the simulate-mode ones, TLA_PATH set to the -lib
// folders), longest last, and judged on TLC's exit code and its line of
// distinct states. A model still running at the timeout is "running"
// when it printed no error: it loaded and checks (SANY-level
// acceptance), which is all that can be asked of one TLC itself takes
// hours on.

// longModel is one model of -long, with its manifest's runtime.
type longModel struct {
	model
	runtime  string // the manifest's, "unknown" when it gives none
	seconds  int    // runtime in seconds, -1 when unknown
	simulate int    // traceCount for a simulate-mode model, 0 otherwise
}

// collectLong reads the manifests and keeps the -long models whose
// runtime is at most limit (unknown ones and simulate-mode ones always),
// the simulate-mode ones first, then the unknown ones, then by runtime.
func collectLong(root string, limit time.Duration) (run, skipped []longModel, err error) {
	files, err := filepath.Glob(filepath.Join(root, "specifications", "*", "manifest.json"))
	if err != nil || len(files) == 0 {
		return nil, nil, fmt.Errorf("no specifications/*/manifest.json under %s", root)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		var man manifest
		if err := json.Unmarshal(data, &man); err != nil {
			return nil, nil, fmt.Errorf("%s: %v", f, err)
		}
		for _, mod := range man.Modules {
			for _, md := range mod.Models {
				m := longModel{model: model{tla: mod.Path, cfg: md.Path, result: md.Result, distinct: md.Distinct, total: md.Total},
					runtime: md.Runtime, seconds: runtimeSeconds(md.Runtime)}
				var mode string
				var sim struct {
					Simulate *struct {
						TraceCount int `json:"traceCount"`
					} `json:"simulate"`
				}
				switch {
				case json.Unmarshal(md.Mode, &mode) == nil:
					if mode != "exhaustive search" || m.seconds >= 0 && m.seconds < 60 {
						continue // the default run's, or another mode
					}
				case json.Unmarshal(md.Mode, &sim) == nil && sim.Simulate != nil:
					m.simulate = max(sim.Simulate.TraceCount, 1)
				default:
					continue
				}
				if m.simulate == 0 && m.seconds > int(limit/time.Second) {
					skipped = append(skipped, m)
					continue
				}
				run = append(run, m)
			}
		}
	}
	rank := func(m longModel) int {
		switch {
		case m.simulate > 0:
			return 0
		case m.seconds < 0:
			return 1
		}
		return 2
	}
	sort.SliceStable(run, func(i, j int) bool {
		a, b := run[i], run[j]
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		if a.seconds != b.seconds {
			return a.seconds < b.seconds
		}
		return a.cfg < b.cfg
	})
	sort.Slice(skipped, func(i, j int) bool { return skipped[i].seconds < skipped[j].seconds })
	return run, skipped, nil
}

// runtimeSeconds reads a manifest runtime "HH:MM:SS"; -1 when unknown.
func runtimeSeconds(s string) int {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return -1
	}
	total := 0
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return -1
		}
		total = total*60 + n
	}
	return total
}

var (
	reDistinct = regexp.MustCompile(`(?m)^\d+ states generated, (\d+) distinct states found`)
	reProgress = regexp.MustCompile(`(?m)^Progress\(\d+\) at [^:]+:[^:]+:[^:]+: ([\d,]+) states generated[^,]*, ([\d,]+) distinct states found`)
	reTLCError = regexp.MustCompile(`(?m)^Error: .*$`)
)

// runLong checks one -long model with `wspcycle tlc` and classifies the
// outcome: agree, differs, refused, crashed, running (the timeout came
// with no error printed) or timeout (no progress either).
func runLong(bin, root string, lib []string, timeout time.Duration, memMB, workers int, m longModel) (verdict, detail string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	meta, err := os.MkdirTemp("", "wspcycle-examples-")
	if err != nil {
		return "crashed", err.Error()
	}
	defer os.RemoveAll(meta)
	args := []string{"tlc", "-workers", fmt.Sprint(workers), "-noGenerateSpecTE", "-metadir", meta}
	if m.simulate > 0 {
		args = append(args, "-simulate", fmt.Sprintf("num=%d", m.simulate))
	}
	args = append(args, "-config", filepath.Join(root, m.cfg), filepath.Join(root, m.tla))
	cmd := exec.CommandContext(ctx, bin, args...)
	// An interrupted run prints its counts so far, as TLC's does.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGINT) }
	cmd.WaitDelay = 30 * time.Second
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), "TLA_PATH="+strings.Join(lib, ":"), fmt.Sprintf("GOMEMLIMIT=%dMiB", memMB))
	start := time.Now()
	err = cmd.Run()
	took := time.Since(start).Round(time.Second)
	out := stdout.String()
	code := -1
	if cmd.ProcessState != nil {
		code = cmd.ProcessState.ExitCode()
	}
	errLine := ""
	for _, e := range reTLCError.FindAllString(out, -1) {
		if ctx.Err() != nil && strings.HasPrefix(e, "Error: interrupted") {
			continue // our own SIGINT at the timeout
		}
		errLine = e
		break
	}
	if ctx.Err() != nil {
		if errLine != "" {
			return "crashed", fmt.Sprintf("(after %s, TLC %s) %s", timeout, m.runtime, errLine)
		}
		if p := reProgress.FindAllStringSubmatch(out, -1); len(p) > 0 {
			last := p[len(p)-1]
			return "running", fmt.Sprintf("(after %s, TLC %s; %s generated, %s distinct, no error)", timeout, m.runtime, last[1], last[2])
		}
		if strings.Contains(out, "Finished computing initial states") {
			return "running", fmt.Sprintf("(after %s, TLC %s; initial states computed, no progress line yet, no error)", timeout, m.runtime)
		}
		if strings.Contains(out, "Starting...") {
			return "running", fmt.Sprintf("(after %s, TLC %s; loaded, computing the initial states, no error)", timeout, m.runtime)
		}
		if strings.Contains(stderr.String(), "interrupted") {
			// wspcycle prints TLC's header once the spec is loaded: it was
			// still evaluating the constants and ASSUMEs (CarTalkPuzzle's
			// filter of 121^5 functions), and stopped at our SIGINT.
			return "running", fmt.Sprintf("(after %s, TLC %s; still loading (constants, ASSUMEs), interrupted with no error)", timeout, m.runtime)
		}
		return "timeout", fmt.Sprintf("(after %s, TLC %s) not started", timeout, m.runtime)
	}
	var got string
	switch code {
	case 0:
		got = "success"
	case 10:
		got = "assumption failure"
	case 11, 12, 14:
		got = "safety failure"
	case 13:
		got = "liveness failure"
	case 150, 151:
		return "refused", fmt.Sprintf("(exit %d) %s %s", code, errLine, firstLine(stderr.String()))
	default:
		return "crashed", fmt.Sprintf("(exit %d, %v) %s %s", code, err, errLine, firstLine(stderr.String()))
	}
	var distinct int64 = -1
	if d := reDistinct.FindStringSubmatch(out); d != nil {
		distinct, _ = strconv.ParseInt(d[1], 10, 64)
	}
	detail = fmt.Sprintf("(TLC %s %s in %s; here %s %d distinct in %s)", m.result, count(m.distinct), m.runtime, got, distinct, took)
	ok := got == m.result || m.result == "unknown"
	if ok && m.distinct != nil && got == "success" && distinct != *m.distinct {
		ok = false
	}
	if ok {
		return "agree", detail
	}
	return "differs", detail + " " + errLine
}

// mainLong is the -long run; it returns the exit code.
func mainLong(bin, root string, lib []string, timeout time.Duration, memMB, workers int, maxRuntime time.Duration, filter *regexp.Regexp) int {
	models, skipped, err := collectLong(root, maxRuntime)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wspcycle-examples:", err)
		return 2
	}
	counts := map[string]int{}
	n := 0
	for _, m := range models {
		if filter != nil && !filter.MatchString(m.cfg) {
			continue
		}
		n++
		verdict, detail := runLong(bin, root, lib, timeout, memMB, workers, m)
		counts[verdict]++
		fmt.Printf("%-8s %s %s\n", verdict, m.cfg, detail)
	}
	for _, m := range skipped {
		if filter == nil || filter.MatchString(m.cfg) {
			fmt.Printf("%-8s %s (TLC %s, over -max-runtime %s)\n", "skipped", m.cfg, m.runtime, maxRuntime)
		}
	}
	fmt.Printf("summary: %d models: %d agree, %d differ, %d refused, %d crashed, %d running at the timeout, %d timeout\n",
		n, counts["agree"], counts["differs"], counts["refused"], counts["crashed"], counts["running"], counts["timeout"])
	return 0
}
