// Command wspcycle-examples measures the checker against the public
// tlaplus/Examples corpus: it runs every model whose manifest.json records
// mode "exhaustive search" and a runtime under one minute, each as a
// subprocess of the wspcycle binary (with a timeout and a memory cap), and
// compares the verdict and the distinct-state count with TLC's (states
// generated are compared separately, where the manifest records them).
//
// It prints one line per model (agree, differs, refused with the first
// error, crashed, timeout) and a summary line. `make examples` runs it; it
// is not part of `make test`, and nothing from the corpus is copied into
// this repository.
//
// Usage:
//
//	wspcycle-examples [-bin bin/wspcycle] [-examples DIR] [-lib DIR]... [-timeout 5m] [-run REGEXP]
//	wspcycle-examples -long [-max-runtime 30m] ...
//
// With -long it runs the other models instead (long.go): a longer
// runtime, an unknown one, or simulate mode.
//
// The library folders (CommunityModules' modules/, tlapm's library/) are
// passed to the checker with -lib, as the corpus's CI puts them on TLC's
// path.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

type manifest struct {
	Modules []struct {
		Path   string `json:"path"`
		Models []struct {
			Path     string          `json:"path"`
			Runtime  string          `json:"runtime"`
			Mode     json.RawMessage `json:"mode"`
			Result   string          `json:"result"`
			Distinct *int64          `json:"distinctStates"`
			Total    *int64          `json:"totalStates"`
		} `json:"models"`
	} `json:"modules"`
}

// model is one model to run, with TLC's recorded answer.
type model struct {
	tla, cfg string // relative to the corpus root
	result   string // success, safety failure, liveness failure, ...
	distinct *int64
	total    *int64
}

// report is the part of `wspcycle check --json` the comparison reads.
type report struct {
	Result    string   `json:"result"`
	ExitCode  int      `json:"exit_code"`
	Distinct  int64    `json:"distinct"`
	Generated int64    `json:"generated"`
	Message   string   `json:"message"`
	Errors    []string `json:"errors"`
}

type libs []string

func (l *libs) String() string     { return strings.Join(*l, ",") }
func (l *libs) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	bin := flag.String("bin", "bin/wspcycle", "the wspcycle binary")
	root := flag.String("examples", "../shared/tla-corpora/Examples", "the tlaplus/Examples checkout")
	var lib libs
	flag.Var(&lib, "lib", "a library folder for the checker's -lib (repeatable)")
	timeout := flag.Duration("timeout", 5*time.Minute, "time allowed to one model (TLC took under a minute on its CI; a loaded machine needs more)")
	memMB := flag.Int("max-memory", 2048, "memory cap of one model, in MB (the checker's -max-memory)")
	run := flag.String("run", "", "only the models whose path matches this regular expression")
	workers := flag.Int("workers", 1, "the checker's --workers (the manifests' counts are TLC's, which are the same with any number of workers when no error is found)")
	long := flag.Bool("long", false, "run instead the models the default run leaves out (a runtime of a minute or more, unknown, or simulate mode), with `wspcycle tlc` (long.go)")
	maxRuntime := flag.Duration("max-runtime", 30*time.Minute, "with -long: leave out the models whose TLC runtime is longer")
	flag.Parse()
	var filter *regexp.Regexp
	if *run != "" {
		filter = regexp.MustCompile(*run)
	}
	// The paths given to the checker are absolute: it runs in the corpus's
	// root.
	for _, p := range []*string{root, bin} {
		if abs, err := filepath.Abs(*p); err == nil {
			*p = abs
		}
	}
	for i, l := range lib {
		if abs, err := filepath.Abs(l); err == nil {
			lib[i] = abs
		}
	}
	if *long {
		os.Exit(mainLong(*bin, *root, lib, *timeout, *memMB, *workers, *maxRuntime, filter))
	}
	models, err := collect(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wspcycle-examples:", err)
		os.Exit(2)
	}
	counts := map[string]int{}
	genAgree, genDiffer := 0, 0
	n := 0
	for _, m := range models {
		if filter != nil && !filter.MatchString(m.cfg) {
			continue
		}
		n++
		verdict, detail, gen := runOne(*bin, *root, lib, *timeout, *memMB, *workers, m)
		counts[verdict]++
		switch gen {
		case "same":
			genAgree++
		case "different":
			genDiffer++
		}
		fmt.Printf("%-8s %s %s\n", verdict, m.cfg, detail)
	}
	fmt.Printf("summary: %d models: %d agree, %d differ, %d refused, %d crashed, %d timeout; states generated: %d same, %d different\n",
		n, counts["agree"], counts["differs"], counts["refused"], counts["crashed"], counts["timeout"], genAgree, genDiffer)
}

// collect reads every manifest and keeps the exhaustive models TLC ran in
// under a minute, sorted by path.
func collect(root string) ([]model, error) {
	files, err := filepath.Glob(filepath.Join(root, "specifications", "*", "manifest.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no specifications/*/manifest.json under %s", root)
	}
	var out []model
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var man manifest
		if err := json.Unmarshal(data, &man); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for _, mod := range man.Modules {
			for _, md := range mod.Models {
				var mode string
				if json.Unmarshal(md.Mode, &mode) != nil || mode != "exhaustive search" {
					continue
				}
				if md.Runtime == "" || md.Runtime >= "00:01:00" {
					continue
				}
				out = append(out, model{tla: mod.Path, cfg: md.Path, result: md.Result, distinct: md.Distinct, total: md.Total})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].cfg < out[j].cfg })
	return out, nil
}

// runOne checks one model and classifies the outcome. gen is "same",
// "different" or "" (not compared).
func runOne(bin, root string, lib []string, timeout time.Duration, memMB, workers int, m model) (verdict, detail, gen string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	args := []string{"check", "--json", "--workers", fmt.Sprint(workers), "--progress", "0", "--max-memory", fmt.Sprint(memMB)}
	for _, l := range lib {
		args = append(args, "-lib", l)
	}
	args = append(args, filepath.Join(root, m.tla), "-config", filepath.Join(root, m.cfg))
	cmd := exec.CommandContext(ctx, bin, args...)
	// From the corpus's root, as its CI runs TLC: a spec's relative file
	// names (Json's ndJsonDeserialize("specifications/...")) are relative
	// to the working directory.
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), fmt.Sprintf("GOMEMLIMIT=%dMiB", memMB))
	err := cmd.Run()
	if ctx.Err() != nil {
		return "timeout", fmt.Sprintf("(after %s)", timeout), ""
	}
	var rep report
	if jerr := json.Unmarshal(stdout.Bytes(), &rep); jerr != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() == 150 {
			return "refused", firstLine(stderr.String()), ""
		}
		return "crashed", fmt.Sprintf("(%v) %s", err, firstLine(stderr.String())), ""
	}
	if rep.Result == "bad input" {
		msg := firstLine(stderr.String())
		if len(rep.Errors) > 0 {
			msg = rep.Errors[0]
		}
		return "refused", msg, ""
	}
	if rep.ExitCode == 1 || rep.ExitCode == 2 || rep.ExitCode == 3 || rep.ExitCode == 4 {
		return "crashed", fmt.Sprintf("(%s, exit %d) %s", rep.Result, rep.ExitCode, rep.Message), ""
	}
	got := tlcResult(rep)
	want := m.result
	ok := got == want
	if ok && m.distinct != nil && got == "success" && rep.Distinct != *m.distinct {
		ok = false
	}
	detail = fmt.Sprintf("(TLC %s %s; here %s %d distinct)", want, count(m.distinct), rep.Result, rep.Distinct)
	if rep.ExitCode == 75 || rep.Result == "error" {
		detail += " " + strings.TrimSpace(rep.Message)
	}
	if ok && m.total != nil && got == "success" {
		if rep.Generated == *m.total {
			gen = "same"
		} else {
			gen = "different"
			detail += fmt.Sprintf(" generated %d, TLC %d", rep.Generated, *m.total)
		}
	}
	if ok {
		return "agree", detail, gen
	}
	return "differs", detail, gen
}

// tlcResult names the checker's verdict in the manifest's words.
func tlcResult(rep report) string {
	switch rep.ExitCode {
	case 0:
		return "success"
	case 11, 12:
		return "safety failure"
	case 13:
		if rep.Result == "action property violated" {
			return "safety failure"
		}
		return "liveness failure"
	case 10:
		return "assumption failure"
	}
	return rep.Result
}

func count(n *int64) string {
	if n == nil {
		return "(no count)"
	}
	return fmt.Sprint(*n)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
