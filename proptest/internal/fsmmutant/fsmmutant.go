// Package fsmmutant plants the runtime's mutants from the outside: each is a copy of one or
// more of fsm's source files with a few lines rewritten (and, for some, a helper file
// added), handed to the Go toolchain as a build overlay. fsm's own files carry no mutation
// point, so the code a provider embeds reads as the contract alone.
//
// Each mutant is a mistake of CONTRACT.md. proptest's TestRuntimeMutantsAreKilled builds
// the property suites against every one and requires each to be killed by at least one
// suite; TestRuntimeMutantsApply checks, on every test run, that every edit still finds
// its place in the current source (exactly once), so a change to the runtime cannot
// silently disarm a mutant.
package fsmmutant

import (
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// Mutant is one deliberate mistake in fsm.
type Mutant struct {
	Name   string // kebab-case, unique
	Breaks string // what goes wrong, in the contract's words
	Edits  []Edit
}

// Edit replaces Old, which must occur exactly once in fsm's File, by New.
type Edit struct{ File, Old, New string }

// Table lists the runtime's mutants.
var Table = []Mutant{
	{"skip-drain", "teardown never runs Drain: graceful data is lost", []Edit{
		{"cleanup.go", `t, name, hook = TriggerDrainDone, "Drain", p.hooks.Drain`,
			`t, name, hook = TriggerDrainDone, "Drain", nil`},
	}},
	{"free-before-drain", "Free runs first, before Drain has returned", []Edit{
		{"cleanup.go", `t, name, hook = TriggerDrainDone, "Drain", p.hooks.Drain`,
			`t, name, hook = TriggerDrainDone, "Drain", p.freeFirst(p.hooks.Drain)`},
		{"cleanup.go", `t, name, hook = TriggerFreeDone, "Free", p.hooks.Free`,
			`t, name, hook = TriggerFreeDone, "Free", nil`},
	}},
	{"final-cleanup-off-by-one", "the Cleanup at refs == 2 is taken as the final one", []Edit{
		{"cleanup.go", "\tp.mu.Lock()\n\tfrom, refs := p.phase, p.v.Refs\n\tif fastStep(TriggerCleanup",
			"\tp.mu.Lock()\n\tif p.phase == StateActive && p.v.Refs == 2 {\n\t\tp.v.Refs = 1\n\t}\n\tfrom, refs := p.phase, p.v.Refs\n\tif fastStep(TriggerCleanup"},
	}},
	{"maxrefs-off-by-one", "the Startup guard refs < MaxRefs becomes refs <= MaxRefs", []Edit{
		{"provider.go", "\tp.v.Max = o.maxRefs\n", "\tp.v.Max = o.maxRefs + 1\n"},
	}},
	{"decrement-outside-lock", "CleanupRelease is a read-modify-write with the lock let go in between", []Edit{
		{"cleanup.go", "\tfrom, refs := p.phase, p.v.Refs\n\tif fastStep(TriggerCleanup",
			"\tfrom, refs := p.phase, p.v.Refs\n\tif p.phase == StateActive && p.v.Refs > 1 {\n\t\treturn p.releaseUnlocked(from, refs)\n\t}\n\tif fastStep(TriggerCleanup"},
	}},
	{"keep-first-callback-table", "a later Startup's callback table is ignored", []Edit{
		{"machine.go", "func (p *Provider) setCallbacks(opts []StartupOption) {\n",
			"func (p *Provider) setCallbacks(opts []StartupOption) {\n\tif p.callbacks != nil {\n\t\treturn\n\t}\n"},
	}},
	{"cleanup-returns-before-reinitializable", "the final Cleanup returns when Free starts, not when it ends", []Edit{
		{"cleanup.go", "\t\tif name == \"\" {\n\t\t\tbreak\n\t\t}\n",
			"\t\tif name == \"\" {\n\t\t\tbreak\n\t\t}\n\t\tif t == TriggerFreeDone && ctx.Value(mutantKey{}) == nil {\n\t\t\tgo p.teardown(context.WithValue(ctx, mutantKey{}, true)) // takes p.mu over\n\t\t\treturn nil\n\t\t}\n"},
	}},
	{"startup-during-teardown-does-not-wait", "a Startup during teardown counts itself on the half-torn-down provider", []Edit{
		{"provider.go", "\tfor p.initializing || !p.canFire(TriggerStartup) {\n",
			"\tfor p.initializing || !p.canFire(TriggerStartup) {\n\t\tif waits(TriggerStartup, p.phase, &p.v) {\n\t\t\treturn p.startupInTeardown(opts)\n\t\t}\n"},
	}},
	{"init-error-still-counts", "a Startup whose Init failed still increments the counter", []Edit{
		{"provider.go", "\t\tif err != nil {\n\t\t\tp.initializing = false\n",
			"\t\tif err != nil {\n\t\t\t_ = p.sm.FireCtx(ctx, TriggerStartup, &p.v)\n\t\t\tp.initializing = false\n"},
	}},
	{"layered-lower-unmatched", "a layered Startup whose own Init fails leaves the lower Startup unmatched", []Edit{
		{"layered.go", "\tif err := runHook(ctx, \"Init\", l.hooks.Init); err != nil {\n",
			"\tif err := runHook(ctx, \"Init\", l.hooks.Init); err != nil {\n\t\tif l != nil {\n\t\t\treturn err\n\t\t}\n"},
	}},
	{"cleanup-at-zero-succeeds", "Cleanup with the counter at zero succeeds instead of WSANOTINITIALISED", []Edit{
		{"cleanup.go", "func (p *Provider) cleanupSlow(ctx context.Context) error {\n",
			"func (p *Provider) cleanupSlow(ctx context.Context) error {\n\tif p.v.Refs == 0 {\n\t\tp.mu.Unlock()\n\t\treturn nil\n\t}\n"},
	}},
	{"noop-cleanup", "a base provider whose Cleanup does nothing", []Edit{
		{"cleanup.go", "\t\treturn &Error{Code: WSAEFAULT, Op: \"Cleanup\", Err: errNilArgument}\n\t}\n",
			"\t\treturn &Error{Code: WSAEFAULT, Op: \"Cleanup\", Err: errNilArgument}\n\t}\n\tif p != nil {\n\t\treturn nil\n\t}\n"},
	}},
	{"successful-cleanup-reports-failure", "a final Cleanup that succeeded reports WSAENETDOWN", []Edit{
		{"cleanup.go", "\tp.callbacks = nil\n\tp.broadcast()\n",
			"\tif len(errs) == 0 {\n\t\terrs = append(errs, errMutant)\n\t}\n\tp.callbacks = nil\n\tp.broadcast()\n"},
	}},
	{"teardown-skips-call-wait", "teardown drains while Calls (socket creation) are still in progress", []Edit{
		{"cleanup.go", "\tfor p.calls > 0 {\n", "\tfor p.calls > 0 && p == nil {\n"},
	}},
}

// HelperFile is the name of the file added to fsm in every mutant's overlay: the helpers
// some mutants call (it compiles with every mutant, and is unused by most).
const HelperFile = "zz_mutant_helpers.go"

// helpers is HelperFile's text.
const helpers = `package fsm

import (
	"context"
	"errors"
	"runtime"
)

// errMutant is what the successful-cleanup-reports-failure mutant reports.
var errMutant = errors.New("mutant: a successful Cleanup reports failure")

// mutantKey marks the context of a teardown that the
// cleanup-returns-before-reinitializable mutant carries on in the background.
type mutantKey struct{}

// releaseUnlocked is the decrement-outside-lock mutant's CleanupRelease: it has read the
// counter (refs) under p.mu, lets go of the lock, and writes back what it read minus one,
// so a concurrent Startup or Cleanup in between is lost (a lost update, not a data race
// the race detector would stop the test binary for).
func (p *Provider) releaseUnlocked(from State, refs int) error {
	p.mu.Unlock()
	runtime.Gosched()
	p.mu.Lock()
	p.v.Refs = refs - 1
	p.emit(TriggerCleanup, from, refs, nil)
	p.mu.Unlock()
	p.deliver()
	return nil
}

// startupInTeardown is the startup-during-teardown-does-not-wait mutant's Startup: it
// counts itself on the provider being torn down instead of waiting. p.mu is held; it
// releases it.
func (p *Provider) startupInTeardown(opts []StartupOption) error {
	from, refs := p.phase, p.v.Refs
	p.v.Refs++
	p.setCallbacks(opts)
	p.emit(TriggerStartup, from, refs, nil)
	p.mu.Unlock()
	p.deliver()
	return nil
}

// freeFirst is the free-before-drain mutant's Drain step: Free, then Drain.
func (p *Provider) freeFirst(drain func(context.Context) error) func(context.Context) error {
	free := p.hooks.Free
	return func(ctx context.Context) error {
		ferr := runHook(ctx, "Free", free)
		return errors.Join(ferr, runHook(ctx, "Drain", drain))
	}
}
`

// Lookup returns the mutant named name.
func Lookup(name string) (Mutant, bool) {
	for _, m := range Table {
		if m.Name == name {
			return m, true
		}
	}
	return Mutant{}, false
}

// Apply returns the mutated text of every file m changes, and HelperFile, by file name.
// read returns the text of one of fsm's files. Every edit must find its Old exactly once
// in the file as the edits before it left it, and every result must parse as Go.
func Apply(m Mutant, read func(name string) ([]byte, error)) (map[string][]byte, error) {
	files := map[string][]byte{HelperFile: []byte(helpers)}
	for _, e := range m.Edits {
		src, ok := files[e.File]
		if !ok {
			var err error
			if src, err = read(e.File); err != nil {
				return nil, fmt.Errorf("mutant %s: %v", m.Name, err)
			}
		}
		if n := strings.Count(string(src), e.Old); n != 1 {
			return nil, fmt.Errorf("mutant %s: the text to replace occurs %d times in fsm/%s, want once:\n%s", m.Name, n, e.File, e.Old)
		}
		files[e.File] = []byte(strings.Replace(string(src), e.Old, e.New, 1))
	}
	fset := token.NewFileSet()
	for name, src := range files {
		if _, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution); err != nil {
			return nil, fmt.Errorf("mutant %s: %v", m.Name, err)
		}
	}
	return files, nil
}

// Overlay plants m into fsmDir (fsm's directory) for the Go toolchain: it writes the
// mutated files under dir and returns the path of an overlay file for `go build
// -overlay` that substitutes them (and adds HelperFile).
func Overlay(m Mutant, fsmDir, dir string) (string, error) {
	abs, err := filepath.Abs(fsmDir)
	if err != nil {
		return "", err
	}
	files, err := Apply(m, func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(abs, name)) })
	if err != nil {
		return "", err
	}
	replace := map[string]string{}
	for name, src := range files {
		path := filepath.Join(dir, m.Name+"."+name)
		if err := os.WriteFile(path, src, 0o644); err != nil {
			return "", err
		}
		replace[filepath.Join(abs, name)] = path
	}
	data, err := json.Marshal(struct{ Replace map[string]string }{replace})
	if err != nil {
		return "", err
	}
	overlay := filepath.Join(dir, m.Name+".overlay.json")
	return overlay, os.WriteFile(overlay, data, 0o644)
}
