//go:build unix

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// Ctrl-C ends every phase (issue 13, item 3): here the spec is a FIFO
// nobody writes, so loading blocks in a read that polls nothing; the
// command must still end, with exit 130, once the context is cancelled.
func TestInterruptWhileLoading(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "Blocked.tla")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Blocked.cfg"), []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"check", "simulate", "tlc"} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel() // already interrupted: the read never returns, the command must
		code, _, errs := runCLI(t, ctx, cmd, fifo)
		if code != model.ExitInterrupted || !strings.Contains(errs, "interrupted") {
			t.Errorf("%s on a FIFO, interrupted: exit %d, stderr %q; want 130", cmd, code, errs)
		}
	}
}
