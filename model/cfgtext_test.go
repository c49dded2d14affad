package model

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// checkCfgText checks the spec tla with a cfg whose text is cfg (written
// to a temporary file), with the given workers.
func checkCfgText(t *testing.T, tla, cfg string, workers int) *Report {
	t.Helper()
	path := filepath.Join(t.TempDir(), "M.cfg")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	sp, err := eval.LoadFiles(tla, path)
	if err != nil {
		t.Fatal(err)
	}
	return mustCheck(t, sp, workers)
}
