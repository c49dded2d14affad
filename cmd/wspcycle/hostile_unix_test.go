//go:build unix

package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/wspcycle/wspcycle/model"
)

// zeroDir is a folder holding Zero.tla and Zero.cfg, both symlinks to
// /dev/zero (a file that reports size 0 and never ends), beside Ok.tla,
// Ok.cfg and UsesZero.tla (which EXTENDS Zero, found on the search path).
func zeroDir(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	dir := t.TempDir()
	for _, name := range []string{"Zero.tla", "Zero.cfg"} {
		if err := os.Symlink("/dev/zero", filepath.Join(dir, name)); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	files := map[string]string{
		"Ok.tla":       "---- MODULE Ok ----\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n",
		"Ok.cfg":       "INIT Init\nNEXT Next\n",
		"UsesZero.tla": "---- MODULE UsesZero ----\nEXTENDS Zero\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n",
		"UsesZero.cfg": "INIT Init\nNEXT Next\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Issue 13, item 5: an endless file as the spec, the cfg or a module on
// the search path ends in a positioned "file too large" and exit 150,
// never in the runtime's "fatal error: out of memory".
func TestEndlessSourceFiles(t *testing.T) {
	dir := zeroDir(t)
	p := func(name string) string { return filepath.Join(dir, name) }
	tooLarge := func(name string) string { return p(name) + ":1:1: file too large (more than 16 MiB)" }
	var cases []cliCase
	for _, cmd := range []string{"check", "simulate"} {
		cases = append(cases,
			cliCase{[]string{cmd, p("Zero.tla"), "-config", p("Ok.cfg")}, model.ExitBadInput, tooLarge("Zero.tla")},
			cliCase{[]string{cmd, p("Ok.tla"), "-config", p("Zero.cfg")}, model.ExitBadInput, tooLarge("Zero.cfg")},
			cliCase{[]string{cmd, p("UsesZero.tla")}, model.ExitBadInput, tooLarge("Zero.tla")},
		)
	}
	cases = append(cases,
		cliCase{[]string{"check", "-json", p("Zero.tla"), "-config", p("Ok.cfg")}, model.ExitBadInput, `"result": "bad input"`},
		cliCase{[]string{"tlc", "-config", p("Ok.cfg"), p("Zero.tla")}, model.ExitBadInput, "file too large (more than 16 MiB)"},
		cliCase{[]string{"tlc", p("UsesZero.tla")}, model.ExitBadInput, "file too large (more than 16 MiB)"},
		cliCase{[]string{"gen", "-check", "-o", p("out.go"), p("Zero.tla")}, model.ExitBadInput, tooLarge("Zero.tla")},
		// gen -check compares the output file with the code it generates:
		// it reads no more of it than that code's length plus one byte.
		cliCase{[]string{"gen", "-check", "-o", p("Zero.cfg")}, 1, p("Zero.cfg") + " is stale"},
	)
	runCLICases(t, cases)
}

// The trace log is streamed, a line at a time, each line bounded: an
// endless log without newlines ends at its first line's limit.
func TestEndlessTraceLog(t *testing.T) {
	specPath := traceSpec(t)
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	code, out, errs := runCLI(t, context.Background(), "trace", "validate", specPath, "/dev/zero")
	if code != model.ExitBadInput || !strings.Contains(errs, "/dev/zero:1:") {
		t.Errorf("trace validate of /dev/zero: exit %d (want %d), stderr lacks /dev/zero:1:?\nstdout: %s\nstderr: %s", code, model.ExitBadInput, out, errs)
	}
}

// A FIFO whose writer never stops is read up to the limit, then closed;
// the writer then fails with EPIPE, so the goroutine ends.
func TestEndlessFIFOSpec(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "Fifo.tla")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "Fifo.cfg"), []byte("INIT Init\nNEXT Next\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		defer f.Close()
		block := []byte(strings.Repeat("\\* an endless comment\n", 4096))
		for {
			if _, err := f.Write(block); err != nil {
				done <- err
				return
			}
		}
	}()
	code, out, errs := runCLI(t, context.Background(), "check", fifo)
	if code != model.ExitBadInput || !strings.Contains(errs, fifo+":1:1: file too large (more than 16 MiB)") {
		t.Errorf("check of an endless FIFO: exit %d (want %d)\nstdout: %s\nstderr: %s", code, model.ExitBadInput, out, errs)
	}
	if err := <-done; !errors.Is(err, syscall.EPIPE) {
		t.Errorf("the writer ended with %v, want EPIPE (the reader closed the FIFO)", err)
	}
}
