package model

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestTLCVarOrder computes the order of variables of every spec in
// testdata/varorder/tlc-orders.txt (every lifecycle mutant, the reference
// specs with a trace, and testdata/varorder's specs, which put in SANY's
// table each kind of symbol: extended user modules, LOCAL INSTANCE, named
// and unnamed instances, RECURSIVE, theorems, a nested module, an operator
// symbol, a standard module shadowed by a file) and compares it with the
// order TLC printed. By name or in declaration order, the lifecycle
// mutants and most of testdata/varorder's specs come out otherwise.
func TestTLCVarOrder(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "varorder", "tlc-orders.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		tla, order, _ := strings.Cut(line, ": ")
		want := strings.Fields(order)
		n++
		t.Run(strings.TrimSuffix(filepath.Base(tla), ".tla"), func(t *testing.T) {
			cfg := strings.TrimSuffix(tla, ".tla") + ".cfg"
			sp, err := eval.LoadFiles(tla, cfg, filepath.Join("..", "spec"))
			if err != nil {
				t.Fatal(err)
			}
			idx, ok := TLCVarOrder(sp.Module, sp.Modules, sp.Vars)
			if !ok {
				t.Fatalf("no order for %v", sp.Vars)
			}
			var got []string
			for _, i := range idx {
				got = append(got, sp.Vars[i])
			}
			if !slices.Equal(got, want) {
				t.Errorf("order %v, TLC's %v", got, want)
			}
			if so := SpecVarOrder(sp); !slices.Equal(so, idx) {
				t.Errorf("SpecVarOrder = %v, TLCVarOrder %v", so, idx)
			}
		})
	}
	if n < 30 {
		t.Fatalf("only %d specs in tlc-orders.txt", n)
	}
}

// TestTLCVarOrderFallback: a spec without a module (hand-built) has no
// SANY table; its variables are printed by name.
func TestTLCVarOrderFallback(t *testing.T) {
	if _, ok := TLCVarOrder(nil, nil, []string{"b", "a"}); ok {
		t.Fatal("an order without a module")
	}
	sp := &eval.Spec{Vars: []string{"b", "c", "a"}}
	if got := SpecVarOrder(sp); !slices.Equal(got, []int{2, 0, 1}) {
		t.Fatalf("SpecVarOrder = %v, want by name [2 0 1]", got)
	}
}

// TestJavaHashtableOrder compares JavaHashtableOrder with the enumeration
// of a java.util.Hashtable (OpenJDK 17) after the same puts, as printed by
// a Java program putting keys[i] -> i and printing elements() in order:
// keys that collide (Aa and BB have the same String.hashCode), a table
// that grows twice (40 keys: 11 -> 23 -> 47 buckets), and keys outside
// ASCII, one beyond the BMP (hashed on its UTF-16 surrogates).
func TestJavaHashtableOrder(t *testing.T) {
	many := make([]string, 40)
	for i := range many {
		many[i] = "k" + strconv.Itoa(i)
	}
	for _, c := range []struct {
		keys []string
		java []int
	}{
		{[]string{"Aa", "BB", "C#", "x", "y"}, []int{3, 4, 2, 1, 0}},
		{many, []int{19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20}},
		{[]string{"AaAa", "BBBB", "AaBB", "BBAa", "Aa", "BB", "phase", "refs", "x", "été", "😀"}, []int{9, 4, 5, 0, 1, 2, 3, 10, 7, 8, 6}},
		{nil, []int{}},
	} {
		if got := JavaHashtableOrder(c.keys); !slices.Equal(got, c.java) {
			t.Errorf("JavaHashtableOrder(%q) = %v, Java's %v", c.keys, got, c.java)
		}
	}
}

// TestTraceInTLCOrder: the report's counterexample (check's text and the
// -dump file) prints VarOrderMany's variables in the order TLC printed
// them (tlc-orders.txt), not by name nor as declared.
func TestTraceInTLCOrder(t *testing.T) {
	dir := filepath.Join("testdata", "varorder")
	sp, err := eval.LoadFiles(filepath.Join(dir, "VarOrderMany.tla"), filepath.Join(dir, "VarOrderMany.cfg"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), sp, Options{Workers: 1, RecordGraph: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Result != ResultInvariant || len(rep.Trace) != 2 {
		t.Fatalf("verdict %q with %d states, want TLC's: Small violated in 2 states", rep.Result, len(rep.Trace))
	}
	want := "a1 xy b1 yx alpha gamma x y z pc count queue delta beta"
	var text, dump bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteDump(&dump); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": text.String(), "dump": dump.String()} {
		_, state, _ := strings.Cut(out, "State 1:")
		state, _, _ = strings.Cut(state, "\n\n")
		var got []string
		for _, l := range strings.Split(state, "\n") {
			if f := strings.Fields(l); len(f) > 1 && f[0] == `/\` {
				got = append(got, f[1])
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%s prints %v, TLC %s", name, got, want)
		}
	}
}
