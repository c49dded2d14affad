package parser

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// TestChainDepthAndPos: the length of a left-associative chain must not drive
// recursion depth in the parser, Inspect or Sprint, and Binary.Pos must not
// walk the chain (it did, which made compiling a + b + ... quadratic).
// The sizes are ten times the one that broke these packages (a
// 40,000-term sum took seconds because Binary.Pos walked the chain), and
// past the 150,000-conjunct Init that overflowed the stack further on, in
// the compiler; they are generated here rather than checked in. -short
// runs them at a tenth of the size.
func TestChainDepthAndPos(t *testing.T) {
	sum, conj := 400_000, 400_000
	if testing.Short() {
		sum, conj = sum/10, conj/10
	}
	// A recursion as deep as the chain needs more than this (at least 40
	// bytes a frame), so a walk that recursed would crash the test.
	defer debug.SetMaxStack(debug.SetMaxStack(16 << 20))
	t.Run("sum", func(t *testing.T) {
		src := "x = 0" + strings.Repeat("+0", sum-1)
		x, err := ParseExpr("big", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		checkChain(t, x, sum)
	})
	t.Run("conjunction", func(t *testing.T) {
		src := "---- MODULE M ----\nVARIABLE x\nInit == x = 0" + strings.Repeat(` /\ TRUE`, conj-1) + "\n===="
		m, err := ParseFile("M.tla", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		checkChain(t, m.Units[1].(*ast.OpDef).Body, conj)
	})
}

// checkChain checks a parsed chain of n operands: every Binary caches its
// position (so Pos is O(1)), Inspect visits every node, and Sprint prints
// one pair of parentheses per operator.
func checkChain(t *testing.T, x ast.Expr, n int) {
	t.Helper()
	binaries, nodes := 0, 0
	ast.Inspect(x, func(node ast.Node) bool {
		nodes++
		if b, ok := node.(*ast.Binary); ok {
			binaries++
			if !b.Start.IsValid() || b.Start != b.X.Pos() {
				t.Fatalf("Binary at %v does not cache its start", b.OpPos)
			}
		}
		return true
	})
	if binaries < n-1 || nodes < 2*n-1 {
		t.Errorf("Inspect visited %d nodes, %d of them Binary; want at least %d and %d", nodes, binaries, 2*n-1, n-1)
	}
	if p := x.Pos(); p.Line == 0 {
		t.Errorf("no position")
	}
	if s := ast.Sprint(x); strings.Count(s, "(") != strings.Count(s, ")") || strings.Count(s, "(") < n-1 {
		t.Errorf("Sprint printed %d opening parentheses, want at least %d", strings.Count(s, "("), n-1)
	}
}
