// Command mkmutants writes spec/mutants/ from the original specs and the
// table of package mutate, and points the formula references of
// spec/README.md at the lines where the formulas are now defined. Run it
// from spec/ (go generate does).
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/wspcycle/wspcycle/spec/internal/mutate"
)

func main() {
	files, err := mutate.Build(mutate.Table, os.ReadFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkmutants:", err)
		os.Exit(1)
	}
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.Name), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "mkmutants:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(f.Name, f.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "mkmutants:", err)
			os.Exit(1)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err == nil {
		readme, err = mutate.FixLineRefs(readme, os.ReadFile)
	}
	if err == nil {
		err = os.WriteFile("README.md", readme, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkmutants:", err)
		os.Exit(1)
	}
	fmt.Printf("mkmutants: wrote %d files and README.md's line references\n", len(files))
}
