package parser

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/cfg"
	"github.com/wspcycle/wspcycle/tla/sema"
	"github.com/wspcycle/wspcycle/tla/token"
)

// checkErr fails unless err is nil or a non-empty token.ErrorList whose
// errors all have valid positions in file.
func checkErr(t *testing.T, err error, file string) {
	t.Helper()
	if err == nil {
		return
	}
	var list token.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error %v (%T) is not a non-empty token.ErrorList", err, err)
	}
	for _, e := range list {
		if !e.Pos.IsValid() || e.Pos.Col < 1 || e.Pos.Filename != file || e.Msg == "" {
			t.Fatalf("error without a valid position or message: %q", e.Error())
		}
	}
}

// FuzzParse checks that ParseFile, ParseExpr and sema.Check never panic,
// that errors carry valid positions, and that a successfully parsed tree
// has a position on every node.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.tla")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	for _, tt := range exprTests {
		f.Add([]byte(tt.src))
	}
	for _, tt := range errorTests {
		f.Add([]byte(tt.src))
	}
	for _, tt := range syntaxTests {
		f.Add([]byte(tt.src))
	}
	for _, tt := range moduleSyntaxTests {
		f.Add([]byte(mod(tt.src)))
	}
	f.Add([]byte(strings.Repeat("(", 3000) + strings.Repeat(`{x \in `, 50)))
	f.Add([]byte("---- MODULE M ----\nA == /\\ x\n\t/\\ y\n===="))
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseFile("f", src)
		checkErr(t, err, "f")
		if err == nil {
			if m == nil {
				t.Fatal("nil module without error")
			}
			ast.Inspect(m, func(n ast.Node) bool {
				if !n.Pos().IsValid() {
					t.Fatalf("node %s without position", ast.Sprint(n))
				}
				return true
			})
			_ = ast.Sprint(m)
			checkErr(t, sema.Check(m, nil), "f")
			// Name every definition in a config, so that the level checks
			// run over whatever the fuzzer built.
			conf := &cfg.Config{CheckDeadlock: true}
			for _, u := range m.Units {
				if d, ok := u.(*ast.OpDef); ok {
					conf.Invariants = append(conf.Invariants, d.Name)
					conf.Init, conf.Next = d.Name, d.Name
				}
			}
			checkErr(t, sema.Check(m, conf), "f")
		}
		x, err := ParseExpr("f", src)
		checkErr(t, err, "f")
		if err == nil && x == nil {
			t.Fatal("nil expression without error")
		}
		if err == nil {
			_ = ast.Sprint(x)
		}
	})
}
