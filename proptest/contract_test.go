package proptest

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestContractReferencesResolve checks that the repository's CONTRACT.md exists and that
// every "CONTRACT.md section N" (or "sections N and M") anywhere in the repository names a
// section it has: the code and the spec point to it for the rules they follow.
func TestContractReferencesResolve(t *testing.T) {
	contract, err := os.ReadFile("../CONTRACT.md")
	if err != nil {
		t.Fatalf("the contract the repository refers to: %v", err)
	}
	sections := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^## (\d+)\. `).FindAllStringSubmatch(string(contract), -1) {
		sections[m[1]] = true
	}
	if len(sections) < 6 {
		t.Fatalf("CONTRACT.md has sections %v, want 1 to 6", sections)
	}
	ref := regexp.MustCompile(`CONTRACT\.md\s+sections?\s+(\d+)(?:\s*(?:,|and)\s*(\d+))?`)
	refs := 0
	err = filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || name == "testdata" || (strings.HasPrefix(name, ".") && path != "..") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".tla", ".cfg":
		default:
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := strings.Join(strings.Fields(strings.NewReplacer("(*", " ", "*)", " ", `\*`, " ", "//", " ").Replace(string(src))), " ")
		for _, m := range ref.FindAllStringSubmatch(text, -1) {
			for _, n := range m[1:] {
				if n == "" {
					continue
				}
				refs++
				if !sections[n] {
					t.Errorf("%s refers to CONTRACT.md section %s, which does not exist", path, n)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if refs < 10 {
		t.Fatalf("found only %d references to CONTRACT.md sections", refs)
	}
}
