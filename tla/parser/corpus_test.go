package parser

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// TestCorpus parses every .tla file under the directory named by the
// environment variable TLA_CORPUS (for instance a checkout of
// tlaplus/Examples and of the library folders TLC's users put on their
// path) and lists the files that fail, grouped by message. It is not part
// of `make test`: it depends on material outside the repository. Run it as
//
//	TLA_CORPUS=/path/to/corpora go test -run TestCorpus -v ./tla/parser/
//
// Failures caused by the module features another part of the project
// implements are counted but do not fail the test unless TLA_CORPUS_STRICT
// is set.
func TestCorpus(t *testing.T) {
	root := os.Getenv("TLA_CORPUS")
	if root == "" {
		t.Skip("TLA_CORPUS not set")
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".tla") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	digits := regexp.MustCompile(`[0-9]+:[0-9]+`)
	byReason := map[string][]string{}
	ok, moduleOnly := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseFile(filepath.Base(f), src)
		if err == nil {
			ok++
			ast.Inspect(m, func(n ast.Node) bool {
				if !n.Pos().IsValid() {
					t.Errorf("%s: node %s without a position", f, ast.Sprint(n))
				}
				return true
			})
			if strings.Contains(ast.Sprint(m), "<?>") {
				t.Errorf("%s: Sprint does not know a node: %s", f, ast.Sprint(m))
			}
			continue
		}
		el, _ := err.(token.ErrorList)
		rel, _ := filepath.Rel(root, f)
		seen := map[string]bool{}
		mine, bailed := false, false
		for _, e := range el {
			reason := digits.ReplaceAllString(e.Msg, "L:C")
			if len(reason) > 90 {
				reason = reason[:90]
			}
			if moduleFeature(reason) {
				// Every module-feature error but EXTENDS abandons the
				// unit; errors after it may be consequences of the
				// recovery (which resumes at the next line that looks
				// like the start of a unit).
				bailed = bailed || !strings.Contains(reason, "EXTENDS")
			} else if bailed {
				reason = "(after a module-feature error) " + reason
			} else {
				mine = true
			}
			if seen[reason] {
				continue
			}
			seen[reason] = true
			byReason[reason] = append(byReason[reason], fmt.Sprintf("%s: %v", rel, e))
		}
		if !mine {
			moduleOnly++
		}
	}
	reasons := make([]string, 0, len(byReason))
	for r := range byReason {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if len(byReason[reasons[i]]) != len(byReason[reasons[j]]) {
			return len(byReason[reasons[i]]) > len(byReason[reasons[j]])
		}
		return reasons[i] < reasons[j]
	})
	t.Logf("%d files: %d parsed, %d failed (%d of them only for module features: INSTANCE, EXTENDS, nested modules, operator constants); files per reason:", len(files), ok, len(files)-ok, moduleOnly)
	for _, r := range reasons {
		t.Logf("%4d  %s", len(byReason[r]), r)
		for _, f := range byReason[r] {
			t.Logf("        %s", f)
		}
	}
	if os.Getenv("TLA_CORPUS_STRICT") != "" && ok < len(files) {
		t.Errorf("%d files failed to parse", len(files)-ok)
	}
}

// moduleFeature reports whether an error is about the module system
// (INSTANCE, EXTENDS of user modules, nested modules, operator constants),
// which the module loader rather than this parser's syntax is to support.
func moduleFeature(msg string) bool {
	for _, w := range []string{"INSTANCE", "EXTENDS", "nested module", "module instance reference", "operator constant"} {
		if strings.Contains(msg, w) {
			return true
		}
	}
	return false
}
