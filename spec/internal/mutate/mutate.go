// Package mutate builds the mutants of spec/mutants/ from the original
// specs and a table of edits, so that they stay exact copies of their
// originals except for the lines of the mistake: when an original changes,
// `go generate ./spec` rebuilds them, and a test fails until it is run.
package mutate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// Mutant is one deliberately broken copy of a spec.
type Mutant struct {
	Module   string // module name = file name under mutants/
	Original string // the module it copies
	Config   string // the model it is checked with (default: Original's)
	Mistake  string // the CONTRACT.md mistake it models
	Result   string // the verdict it must get: "invariant violated", "property violated", "action property violated" or "deadlock"
	Property string // the invariant or property that must be reported
	Edits    []Edit
}

// Edit replaces Old, which must occur exactly once in the original, by New.
// New marks the changed lines with MUTATED.
type Edit struct{ Old, New string }

// File is one generated file, by its path relative to spec/.
type File struct {
	Name string
	Data []byte
}

// Build returns every file of mutants/: each mutant's .tla and .cfg, and
// expected.json. read returns an original file of spec/ by name.
func Build(table []Mutant, read func(name string) ([]byte, error)) ([]File, error) {
	var files []File
	type entry struct {
		Module   string `json:"module"`
		Original string `json:"original"`
		Mistake  string `json:"mistake"`
		Result   string `json:"result"`
		Property string `json:"property"`
	}
	var expected struct {
		Mutants []entry `json:"mutants"`
	}
	seen := map[string]bool{}
	for _, m := range table {
		if seen[m.Module] {
			return nil, fmt.Errorf("mutant %s listed twice", m.Module)
		}
		seen[m.Module] = true
		orig, err := read(m.Original + ".tla")
		if err != nil {
			return nil, err
		}
		tla, err := mutateModule(m, string(orig))
		if err != nil {
			return nil, err
		}
		cfgName := m.Config
		if cfgName == "" {
			cfgName = m.Original
		}
		cfg, err := read(cfgName + ".cfg")
		if err != nil {
			return nil, err
		}
		head := fmt.Sprintf("\\* The model of %s.cfg, unchanged, for the mutant %s.\n", cfgName, m.Module)
		files = append(files,
			File{"mutants/" + m.Module + ".tla", []byte(tla)},
			File{"mutants/" + m.Module + ".cfg", append([]byte(head), cfg...)})
		expected.Mutants = append(expected.Mutants, entry{m.Module, m.Original, m.Mistake, m.Result, m.Property})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(expected); err != nil {
		return nil, err
	}
	files = append(files, File{"mutants/expected.json", buf.Bytes()})
	return files, nil
}

var header = regexp.MustCompile(`(?m)^-+ MODULE (\w+) -+$`)

// mutateModule applies m's edits to the original's text, renames the
// module and puts the mutant's description in its first comment.
func mutateModule(m Mutant, src string) (string, error) {
	for i, e := range m.Edits {
		if n := strings.Count(src, e.Old); n != 1 {
			return "", fmt.Errorf("mutant %s, edit %d: the old text occurs %d times in %s.tla, want once", m.Module, i+1, n, m.Original)
		}
		if !strings.Contains(e.New, "MUTATED") {
			return "", fmt.Errorf("mutant %s, edit %d: the new text has no MUTATED mark", m.Module, i+1)
		}
		src = strings.Replace(src, e.Old, e.New, 1)
	}
	loc := header.FindStringSubmatchIndex(src)
	if loc == nil || src[loc[2]:loc[3]] != m.Original {
		return "", fmt.Errorf("mutant %s: %s.tla has no module header", m.Module, m.Original)
	}
	dashes := strings.Repeat("-", 25)
	var b strings.Builder
	b.WriteString(src[:loc[0]])
	b.WriteString(dashes + " MODULE " + m.Module + " " + dashes + "\n")
	for _, l := range wrap("MUTANT of "+m.Original+".  "+m.Mistake, 76) {
		b.WriteString(l + "\n")
	}
	fmt.Fprintf(&b, "\\* Must be caught by: %s (%s).", m.Property, m.Result)
	b.WriteString(src[loc[1]:])
	return b.String(), nil
}

// wrap splits text into `\*` comment lines of at most width characters
// (longer words stand alone).
func wrap(text string, width int) []string {
	var lines []string
	cur := `\*`
	for _, w := range strings.Fields(text) {
		if len(cur)+1+len(w) > width {
			lines = append(lines, cur)
			cur = `\*`
		}
		cur += " " + w
	}
	return append(lines, cur)
}
