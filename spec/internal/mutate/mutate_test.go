package mutate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readSpec(name string) ([]byte, error) { return os.ReadFile(filepath.Join("..", "..", name)) }

// The files in spec/mutants/ are exactly what the table builds from the
// current originals: a changed original or table needs `go generate ./spec`.
func TestMutantsAreUpToDate(t *testing.T) {
	files, err := Build(Table, readSpec)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, f := range files {
		want[f.Name] = true
		got, err := readSpec(f.Name)
		if err != nil {
			t.Errorf("%s: %v (run go generate ./spec)", f.Name, err)
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s is stale: run go generate ./spec", f.Name)
		}
	}
	on, err := filepath.Glob(filepath.Join("..", "..", "mutants", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range on {
		name := "mutants/" + filepath.Base(p)
		if !want[name] {
			t.Errorf("%s is not built by the table: remove it or add it", name)
		}
	}
}

func TestBuildRejectsBadEdits(t *testing.T) {
	read := func(name string) ([]byte, error) {
		if strings.HasSuffix(name, ".cfg") {
			return []byte("SPECIFICATION Spec\n"), nil
		}
		return []byte("---- MODULE M ----\nA == 1\nA == 1\nB == 2\n====\n"), nil
	}
	cases := []struct {
		name string
		m    Mutant
		want string
	}{
		{"twice", Mutant{Module: "X", Original: "M", Edits: []Edit{{"A == 1", "A == 2 \\* MUTATED"}}}, "occurs 2 times"},
		{"absent", Mutant{Module: "X", Original: "M", Edits: []Edit{{"C == 3", "C == 4 \\* MUTATED"}}}, "occurs 0 times"},
		{"unmarked", Mutant{Module: "X", Original: "M", Edits: []Edit{{"B == 2", "B == 3"}}}, "no MUTATED mark"},
	}
	for _, c := range cases {
		_, err := Build([]Mutant{c.m}, read)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error with %q", c.name, err, c.want)
		}
	}
	m := Mutant{Module: "X", Original: "M", Edits: []Edit{{"B == 2", "B == 3 \\* MUTATED"}}}
	files, err := Build([]Mutant{m}, read)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(files[0].Data); !strings.HasPrefix(got, "------------------------- MODULE X -------------------------\n\\* MUTANT of M.") ||
		!strings.Contains(got, "B == 3 \\* MUTATED") {
		t.Errorf("mutant text:\n%s", got)
	}
}

func TestWrap(t *testing.T) {
	lines := wrap(strings.Repeat("word ", 40), 30)
	for _, l := range lines {
		if len(l) > 30 || !strings.HasPrefix(l, `\* `) {
			t.Errorf("bad line %q", l)
		}
	}
	if got := strings.Join(lines, " "); strings.Count(got, "word") != 40 {
		t.Errorf("lost words: %q", got)
	}
}

func TestFixLineRefs(t *testing.T) {
	read := func(name string) ([]byte, error) {
		return []byte("---- MODULE M ----\nA == 1\n\\* comment\nF(x) == x\nG[s \\in S] == s\n====\n"), nil
	}
	got, err := FixLineRefs([]byte("see `F` (M.tla:1) and `G` (M.tla:9), `A` (M.tla:2)"), read)
	if err != nil {
		t.Fatal(err)
	}
	if want := "see `F` (M.tla:4) and `G` (M.tla:5), `A` (M.tla:2)"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := FixLineRefs([]byte("`Gone` (M.tla:3)"), read); err == nil {
		t.Error("a reference to an undefined name was accepted")
	}
}
