package sema

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/parser"
)

// Issue 13, item 1: a chain of one operator is as long as the input makes
// it, so it must be walked in a loop. 0+0+... with 1,000,000 terms (2 MB,
// within the 16 MiB source limit) overflowed the default 1 GB stack in
// (*checker).expr. Here the stack is cut to 16 MB (1/64 of the default):
// without the loop over the chain's left spine the test dies with
// "goroutine stack exceeds 16777216-byte limit".
func TestLongChainIsNotRecursion(t *testing.T) {
	const terms = 1_000_000
	src := "---- MODULE Long ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0" +
		strings.Repeat("+0", terms-1) + "\nNext == x' = x\n====\n"
	m, err := parser.ParseFile("Long.tla", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	defer debug.SetMaxStack(debug.SetMaxStack(16 << 20))
	// The error proves the walk reached the chain's far end: the one
	// undefined name is the last term.
	bad := strings.Replace(src, "+0\nNext", "+y\nNext", 1)
	mb, err := parser.ParseFile("Long.tla", []byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(m, parseCfg(t, "INIT Init\nNEXT Next\n")); err != nil {
		t.Fatalf("a %d-term sum: %v", terms, err)
	}
	err = Check(mb, parseCfg(t, "INIT Init\nNEXT Next\n"))
	if err == nil || !strings.Contains(err.Error(), "Long.tla:4:") || !strings.Contains(err.Error(), "y") {
		t.Fatalf("a %d-term sum ending in an undefined y: %v, want an error at Long.tla:4", terms, err)
	}
}
