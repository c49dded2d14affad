package sema

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/parser"
)

// TestStdFirst checks which declaration of a standard symbol a module
// means: the first SANY reads, through EXTENDS in order and INSTANCE
// where it stands (TLC: EXTENDS Naturals, Foo is Naturals' +).
func TestStdFirst(t *testing.T) {
	lib := map[string]string{
		"Foo":      "---- MODULE Foo ----\na + b == a\n====",
		"LocFoo":   "---- MODULE LocFoo ----\nLOCAL a + b == a\n====",
		"ViaFoo":   "---- MODULE ViaFoo ----\nEXTENDS Foo\n====",
		"NatLocal": "---- MODULE NatLocal ----\nLOCAL INSTANCE Naturals\n====",
		"Slash":    "---- MODULE Slash ----\na / b == a\n====",
	}
	mods := map[string]*ast.Module{}
	for name, src := range lib {
		m, err := parser.ParseFile(name+".tla", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		mods[name] = m
	}
	for _, tt := range []struct {
		head, sym string
		std       bool
	}{
		{"EXTENDS Naturals, Foo", "+", true},
		{"EXTENDS Foo, Naturals", "+", false},
		{"EXTENDS Integers, ViaFoo", "+", true},
		{"EXTENDS ViaFoo, Integers", "+", false},
		{"EXTENDS Naturals\nINSTANCE Foo", "+", true},
		{"INSTANCE Foo\nINSTANCE Naturals", "+", false},
		{"EXTENDS LocFoo, Naturals", "+", true},
		{"EXTENDS NatLocal, Foo", "+", false},
		{"EXTENDS Foo", "+", false},
		{"EXTENDS Naturals", "+", true},
		{"EXTENDS Sequences, Foo", "+", false},
		{"EXTENDS Reals, Slash", "/", true},
		{"EXTENDS Integers, Slash", "/", false},
	} {
		m, err := parser.ParseFile("M.tla", []byte("---- MODULE M ----\n"+tt.head+"\n===="))
		if err != nil {
			t.Fatal(err)
		}
		if got := StdFirst(m, mods, tt.sym); got != tt.std {
			t.Errorf("%q: StdFirst(%s) = %v, want %v", tt.head, tt.sym, got, tt.std)
		}
	}
}
