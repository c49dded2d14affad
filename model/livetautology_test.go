package model

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/tla/eval"
)

// TestTautology: with c == 1, the negation of (c > 5) => <>(x = 1) folds
// to FALSE, which TLC's model checker refuses as a tautology (rev cc6b616,
// exit 77; cmd/wspcycle's TestTLCLiveFoldGolden has its output) and its
// simulator simply does not check (no error, no branch line); [](c > 5 =>
// <>(x = 1)) is no tautology ([]TRUE stays a node): one branch.
func TestTautology(t *testing.T) {
	dir := filepath.Join("testdata", "tlc", "livefold")
	load := func(cfg string) *eval.Spec {
		sp, err := eval.LoadFiles(filepath.Join(dir, "LiveFold.tla"), filepath.Join(dir, cfg))
		if err != nil {
			t.Fatal(err)
		}
		return sp
	}
	if _, err := Check(context.Background(), load("LiveFoldTautImp.cfg"), Options{Workers: 1}); !errors.Is(err, ErrTautology) {
		t.Errorf("TautImp: Check's error %v, want ErrTautology", err)
	}
	bc, err := NewBehaviourChecker(load("LiveFoldTautImp.cfg"))
	if err != nil || bc != nil {
		t.Errorf("TautImp: simulator's checker %v, %v; want none, no error", bc, err)
	}
	bc, err = NewBehaviourChecker(load("LiveFoldFoldImp.cfg"))
	if err != nil || bc.Branches() != 1 {
		t.Errorf("FoldImp: %v, %d branches; want 1", err, bc.Branches())
	}
}
