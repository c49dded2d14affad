package main

import (
	"bytes"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// tlc -simulate -depth -1 on a spec whose behaviours never end (Counter
// cycles; -deadlock aside it has none) grows one behaviour until the
// memory bound, then stops cleanly: exit 4 and a message that says why,
// where TLC's worker dies of an OutOfMemoryError and the run hangs. The
// bound is the process's memory now plus 48 MB (tlcSimMaxMemory), so the
// test needs no gigabytes.
func TestTLCSimulateUnboundedMemory(t *testing.T) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	old := tlcSimMaxMemory
	tlcSimMaxMemory = func() uint64 { return ms.Sys + 48<<20 }
	defer func() { tlcSimMaxMemory = old }()
	spec := filepath.Join("..", "..", "model", "testdata", "Counter.tla")
	for _, tool := range []bool{false, true} {
		args := []string{"tlc", "-simulate", "-depth", "-1", "-seed", "1"}
		if tool {
			args = append(args, "-tool")
		}
		var out, errb bytes.Buffer
		code := runIn(t, t.TempDir(), append(args, mustAbs(t, spec)), &out, &errb)
		if code != model.ExitMemoryLimit {
			t.Errorf("tool %v: exit %d, want %d", tool, code, model.ExitMemoryLimit)
		}
		if !strings.Contains(out.String(), "the memory grew past ") || !strings.Contains(out.String(), "(3/4 of the memory available when the run started) in behaviour 1 of ") {
			t.Errorf("tool %v: nothing says the memory bound stopped the run", tool)
		}
	}
}
