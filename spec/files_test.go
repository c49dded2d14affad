package spec

import (
	"io/fs"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// These tests need no checker: they keep the embedded files, the mutants
// and the control-fragment annotations consistent with each other.

func TestDefaultAndModelsAreEmbedded(t *testing.T) {
	names := []string{DefaultSpec, DefaultConfig}
	for _, m := range Models {
		names = append(names, m.Spec, m.Config)
	}
	for _, n := range names {
		if _, err := fs.Stat(FS, n); err != nil {
			t.Errorf("%s not embedded: %v", n, err)
		}
	}
}

var moduleHeader = regexp.MustCompile(`(?m)^-{4,}\s*MODULE\s+(\w+)\s*-{4,}\s*$`)

// Every module's name must be its file name, or TLC refuses it.
func TestModuleNamesMatchFileNames(t *testing.T) {
	tlas, err := fs.Glob(FS, "*.tla")
	if err != nil {
		t.Fatal(err)
	}
	more, err := fs.Glob(FS, "mutants/*.tla")
	if err != nil {
		t.Fatal(err)
	}
	tlas = append(tlas, more...)
	if len(tlas) < 10 {
		t.Fatalf("only %d modules embedded", len(tlas))
	}
	for _, n := range tlas {
		src, err := FS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		m := moduleHeader.FindSubmatch(src)
		if m == nil {
			t.Errorf("%s: no module header", n)
			continue
		}
		base := strings.TrimSuffix(n[strings.LastIndex(n, "/")+1:], ".tla")
		if string(m[1]) != base {
			t.Errorf("%s: module is named %s", n, m[1])
		}
		if !strings.Contains(string(src), "\n====") {
			t.Errorf("%s: no closing ==== line", n)
		}
	}
}

// Each mutant is listed once, has its files, says in its first comment
// what it models and what must catch it, and differs from its original
// only in the few lines of the mistake.
func TestMutantsAreSmallDocumentedVariants(t *testing.T) {
	ms, err := Mutants()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 8 {
		t.Fatalf("%d mutants, want at least 8", len(ms))
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if seen[m.Module] {
			t.Errorf("%s listed twice", m.Module)
		}
		seen[m.Module] = true
		switch m.Result {
		case "invariant violated", "property violated", "action property violated", "deadlock":
		default:
			t.Errorf("%s: unknown result %q", m.Module, m.Result)
		}
		if m.Result != "deadlock" && m.Property == "" {
			t.Errorf("%s: no property named", m.Module)
		}
		src, err := FS.ReadFile(m.Spec())
		if err != nil {
			t.Errorf("%s: %v", m.Module, err)
			continue
		}
		if _, err := FS.ReadFile(m.Config()); err != nil {
			t.Errorf("%s: %v", m.Module, err)
		}
		orig, err := FS.ReadFile(m.Original + ".tla")
		if err != nil {
			t.Errorf("%s: original: %v", m.Module, err)
			continue
		}
		lines := strings.Split(string(src), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[1], `\* MUTANT of `+m.Original) ||
			!strings.Contains(string(src), "Must be caught by: "+m.Property) {
			t.Errorf("%s: first comment does not name its original and %s", m.Module, m.Property)
		}
		if !strings.Contains(string(src), "MUTATED") {
			t.Errorf("%s: no line marked MUTATED", m.Module)
		}
		// A conjunct of a property written in another module is named by
		// its range there ("line 479, col 8 to line 479, col 20 of module M"),
		// as TLC does.
		if !strings.Contains(m.Property, " of module ") && !strings.Contains(string(orig), m.Property) {
			t.Errorf("%s: %s is not defined in %s", m.Module, m.Property, m.Original)
		}
		if d := changedLines(string(orig), string(src)); d == 0 || d > 24 {
			t.Errorf("%s: %d lines differ from %s, want 1..24", m.Module, d, m.Original)
		}
	}
	all, err := fs.Glob(FS, "mutants/*.tla")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(ms) {
		t.Errorf("%d mutant modules embedded, %d listed in expected.json", len(all), len(ms))
	}
}

// changedLines counts the lines of b not matched in a, and of a not
// matched in b, by a longest common subsequence over lines.
func changedLines(a, b string) int {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			switch {
			case x[i-1] == y[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	lcs := prev[len(y)]
	return len(x) + len(y) - 2*lcs
}

func TestChangedLines(t *testing.T) {
	if d := changedLines("a\nb\nc", "a\nb\nc"); d != 0 {
		t.Errorf("same text: %d", d)
	}
	if d := changedLines("a\nb\nc", "a\nX\nc"); d != 2 {
		t.Errorf("one line replaced: %d, want 2", d)
	}
	if d := changedLines("a\nc", "a\nb\nc"); d != 1 {
		t.Errorf("one line added: %d, want 1", d)
	}
}

var (
	triggerLine = regexp.MustCompile(`^\\\* @trigger (Startup|Cleanup|DrainDone|FreeDone|InitFailed)( (error=\w+|wait))?$`)
	definition  = regexp.MustCompile(`^(\w+)(\([\w, ]*\)|\[[^\]]*\])? ==`)
)

// The control fragment convention: the module names its phase and counter
// variables, and every @trigger comment sits right above the operator
// definition it annotates (that is how gen/ finds the actions).
func TestControlFragmentAnnotations(t *testing.T) {
	src, err := FS.ReadFile(DefaultSpec)
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	if !strings.Contains(text, `\* @fsm phase=phase counter=refs`) {
		t.Error("no @fsm line naming phase and counter")
	}
	lines := strings.Split(text, "\n")
	triggers := map[string]int{}
	for i, l := range lines {
		if !strings.HasPrefix(l, `\* @trigger`) {
			continue
		}
		m := triggerLine.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("line %d: malformed annotation %q", i+1, l)
			continue
		}
		if i+1 >= len(lines) || !definition.MatchString(lines[i+1]) {
			t.Errorf("line %d: @trigger not followed by a definition", i+1)
		}
		triggers[m[1]]++
	}
	for _, want := range []string{"Startup", "Cleanup", "DrainDone", "FreeDone"} {
		if triggers[want] == 0 {
			t.Errorf("no action annotated @trigger %s", want)
		}
	}
}

var lineRef = regexp.MustCompile("`(\\w+)` \\((\\w+\\.tla):(\\d+)\\)")

// README.md points reviewers at formulas by name and line; every such
// reference must land on the definition of that name.
func TestReadmeLineReferences(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	refs := lineRef.FindAllStringSubmatch(string(readme), -1)
	if len(refs) < 50 {
		t.Fatalf("only %d formula references in README.md", len(refs))
	}
	files := map[string][]string{}
	for _, r := range refs {
		name, file := r[1], r[2]
		n, _ := strconv.Atoi(r[3])
		lines, ok := files[file]
		if !ok {
			src, err := FS.ReadFile(file)
			if err != nil {
				t.Errorf("README.md refers to %s: %v", file, err)
				continue
			}
			lines = strings.Split(string(src), "\n")
			files[file] = lines
		}
		if n < 1 || n > len(lines) || !definition.MatchString(lines[n-1]) ||
			definition.FindStringSubmatch(lines[n-1])[1] != name {
			t.Errorf("README.md: %s is not defined at %s:%d (run go generate ./spec)", name, file, n)
		}
	}
	ms, err := Mutants()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if !strings.Contains(string(readme), "| `"+m.Module+"` |") {
			t.Errorf("README.md does not list the mutant %s", m.Module)
		}
	}
}
