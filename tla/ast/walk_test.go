package ast

import (
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/token"
)

func id(name string) *Ident { return &Ident{NamePos: token.Pos{Line: 1, Col: 1}, Name: name} }

func TestInspectOrderAndPruning(t *testing.T) {
	// IF a THEN b' ELSE [x \in S |-> f[x]]
	x := &If{Cond: id("a"), Then: &Prime{X: id("b")}, Else: &FuncCons{
		Bounds: []*Bound{{Names: []*Ident{id("x")}, Set: id("S")}},
		Body:   &FuncApp{Fn: id("f"), Args: []Expr{id("x")}},
	}}
	var seen []string
	Inspect(x, func(n Node) bool {
		if i, ok := n.(*Ident); ok {
			seen = append(seen, i.Name)
		}
		_, isPrime := n.(*Prime)
		return !isPrime // prune below primes
	})
	if got := strings.Join(seen, " "); got != "a x S f x" {
		t.Errorf("visited %q, want \"a x S f x\" (b pruned)", got)
	}
}

func TestSprintAndFprint(t *testing.T) {
	x := &Binary{X: &Unary{Op: token.MINUS, X: &Number{Value: 3}}, Op: token.PLUS, Y: &String{Value: "a\"b"}}
	if got, want := Sprint(x), `(+ (- 3) "a\"b")`; got != want {
		t.Errorf("Sprint = %s, want %s", got, want)
	}
	var b strings.Builder
	if err := Fprint(&b, &Junction{Op: token.OR, Items: []Expr{id("p"), &Bool{Value: true}}}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "(\\/* p TRUE)\n"; got != want {
		t.Errorf("Fprint = %q, want %q", got, want)
	}
	if got := Sprint(nil); got != "<nil>" {
		t.Errorf("Sprint(nil) = %q", got)
	}
}

// TestInspectChainOrder: a left-associative chain is walked in a loop but
// in the same order as a recursive pre-order walk, and returning false
// from f still skips exactly that node's subtree.
func TestInspectChainOrder(t *testing.T) {
	ab := &Binary{X: id("a"), Op: token.PLUS, Y: id("b")}
	abc := &Binary{X: ab, Op: token.PLUS, Y: &Binary{X: id("c"), Op: token.STAR, Y: id("e")}}
	abcd := &Binary{X: abc, Op: token.MINUS, Y: id("d")}
	var got []string
	Inspect(abcd, func(n Node) bool {
		got = append(got, Sprint(n))
		return true
	})
	want := []string{"(- (+ (+ a b) (* c e)) d)", "(+ (+ a b) (* c e))", "(+ a b)", "a", "b", "(* c e)", "c", "e", "d"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("order:\n got %q\nwant %q", got, want)
	}
	got = nil
	Inspect(abcd, func(n Node) bool {
		got = append(got, Sprint(n))
		return n != abc
	})
	want = []string{"(- (+ (+ a b) (* c e)) d)", "(+ (+ a b) (* c e))", "d"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("pruned:\n got %q\nwant %q", got, want)
	}
}
